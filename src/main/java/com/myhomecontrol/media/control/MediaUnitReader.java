package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisRow;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumFile;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingRow;
import com.myhomecontrol.media.entity.SnapshotRow;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The reads made through the {@code media} persistence unit: one medium, its analyses, and the files the rows name. */
class MediaUnitReader {

    Optional<Medium> find(EntityManager entities, MediumKey key) {
        if (key.kind() == MediaKind.RECORDING) {
            return Optional.ofNullable(entities.find(RecordingRow.class, key.id())).map(MediaEntities::medium);
        }
        return Optional.ofNullable(entities.find(SnapshotRow.class, key.id())).map(MediaEntities::medium);
    }

    /** Newest detection first, ties by id, as the listings order them. */
    List<Analysis> analysesOf(EntityManager entities, MediumKey medium) {
        return entities.createQuery("SELECT a FROM AnalysisRow a WHERE a.mediaId = :id AND a.mediaType = :type"
                        + " ORDER BY a.detectedAt DESC, a.id DESC", AnalysisRow.class)
                .setParameter("id", medium.id()).setParameter("type", medium.kind().label())
                .getResultStream().map(MediaEntities::analysis).toList();
    }

    /** A page of the rows of one kind in id order, after {@code afterId} ("" for the first): a keyset page over the primary key. */
    List<MediumFile> filesAfter(EntityManager entities, MediaKind kind, String afterId, int limit) {
        return entities.createQuery("SELECT m.id, m.filePath, m.createdAt FROM " + entityName(kind)
                        + " m WHERE m.id > :after ORDER BY m.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit)
                .getResultStream().map(row -> new MediumFile(new MediumKey(kind, (String) row[0]), (String) row[1],
                        ((OffsetDateTime) row[2]).toInstant())).toList();
    }

    long count(EntityManager entities, MediaKind kind) {
        return entities.createQuery("SELECT count(m) FROM " + entityName(kind) + " m", Long.class).getSingleResult();
    }

    private static String entityName(MediaKind kind) {
        return kind == MediaKind.RECORDING ? "RecordingRow" : "SnapshotRow";
    }
}
