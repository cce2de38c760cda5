package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The media and analyses that the journal's entries add up to, held in memory; the journal store
 * answers from it. Not thread-safe: its owner locks.
 */
class MediaIndex {

    static final Comparator<Medium> NEWEST_FIRST = Comparator.comparing(Medium::timestamp)
            .thenComparing(Medium::id, Cursor::compareIds).reversed();
    static final Comparator<Analysis> NEWEST_DETECTION_FIRST = Comparator.comparing(Analysis::detectedAt)
            .thenComparing(analysis -> analysis.analysisId().toString()).reversed();

    private final Map<MediumKey, Medium> media = new HashMap<>();
    private final Map<UUID, Analysis> analyses = new HashMap<>();
    private final Map<MediumKey, Map<UUID, Analysis>> analysesByMedium = new HashMap<>();

    /** Applies an entry as PostgreSQL would; an analysis of an unknown medium is left out, as a replay refuses it. */
    void apply(JournalEntry entry) {
        if (entry instanceof JournalEntry.Upsert upsert) {
            upsert.media().forEach(this::upsert);
        } else if (entry instanceof JournalEntry.Delete delete) {
            delete(delete.medium());
        } else if (entry instanceof JournalEntry.AddAnalyses add && media.containsKey(add.medium())) {
            add.analyses().forEach(this::add);
        }
    }

    /** Refuses analyses that PostgreSQL would refuse: ids that belong to an analysis of another medium. */
    void checkAnalyses(List<Analysis> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Analysis known = analyses.get(candidates.get(i).analysisId());
            if (known != null && !known.medium().equals(candidates.get(i).medium())) {
                throw AnalysisIdTaken.at(i, candidates.size());
            }
        }
    }

    boolean contains(MediumKey key) {
        return media.containsKey(key);
    }

    Optional<Medium> find(MediumKey key) {
        return Optional.ofNullable(media.get(key));
    }

    Stream<Medium> media(MediaKind kind) {
        return media.values().stream().filter(medium -> medium.kind() == kind);
    }

    Stream<Analysis> analyses() {
        return analyses.values().stream();
    }

    /** The analyses of a medium in no order, without a copy: for filters, which only ask whether one matches. */
    Collection<Analysis> analysesOfUnordered(MediumKey key) {
        return analysesByMedium.getOrDefault(key, Map.of()).values();
    }

    List<Analysis> analysesOf(MediumKey key) {
        List<Analysis> of = new ArrayList<>(analysesByMedium.getOrDefault(key, Map.of()).values());
        of.sort(NEWEST_DETECTION_FIRST);
        return of;
    }

    void clear() {
        media.clear();
        analyses.clear();
        analysesByMedium.clear();
    }

    private void upsert(Medium medium) {
        Medium known = media.get(medium.key());
        media.put(medium.key(), known == null ? medium : medium.withCreatedAt(known.createdAt()));
    }

    private void delete(MediumKey key) {
        media.remove(key);
        Map<UUID, Analysis> removed = analysesByMedium.remove(key);
        if (removed != null) {
            removed.keySet().forEach(analyses::remove);
        }
    }

    /** An analysis given again by id keeps its first created_at, as the upsert in PostgreSQL does. */
    private void add(Analysis analysis) {
        Analysis known = analyses.get(analysis.analysisId());
        if (known != null && !known.medium().equals(analysis.medium())) {
            return;
        }
        Analysis kept = known == null ? analysis : new Analysis(analysis.analysisId(), analysis.medium(),
                analysis.analysisType(), analysis.confidence(), analysis.detectedAt(), analysis.details(), known.createdAt());
        analyses.put(kept.analysisId(), kept);
        analysesByMedium.computeIfAbsent(kept.medium(), key -> new HashMap<>()).put(kept.analysisId(), kept);
    }
}
