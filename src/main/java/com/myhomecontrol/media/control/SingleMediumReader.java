package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisRow;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingRow;
import com.myhomecontrol.media.entity.SnapshotRow;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The reads of one medium and of its analyses, through the {@code media} persistence unit. */
class SingleMediumReader {

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
}
