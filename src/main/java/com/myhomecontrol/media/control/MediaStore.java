package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.StorageStats;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where media metadata lives: PostgreSQL, or the journal that stands in for it. Both give the same
 * answers to the same calls; a write has returned only once it is durable.
 */
public interface MediaStore {

    /** Inserts or replaces each medium by its id; the created_at of a medium already stored is kept. */
    void upsert(List<Medium> media);

    /** Deletes the medium and its analyses; false when there was no such medium. */
    boolean delete(MediumKey key);

    /** Adds (or, by id, replaces) analyses of one medium; {@link com.myhomecontrol.platform.entity.NotFoundException} when it does not exist. */
    void addAnalyses(MediumKey medium, List<Analysis> analyses);

    Optional<Medium> find(MediumKey key);

    /** The analyses of a medium, newest detection first. */
    List<Analysis> analysesOf(MediumKey medium);

    MediaPage list(MediaFilter filter);

    AnalysisPage analyses(AnalysisFilter filter);

    /** {@code startOfToday} bounds the recordings counted as today's. */
    StorageStats stats(Instant startOfToday);
}
