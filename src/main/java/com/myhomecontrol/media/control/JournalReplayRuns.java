package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies journal entries a run at a time: the entries between two deletes. A run's media are
 * written in one batch, then its analyses in one, instead of a round trip or two per entry. This
 * keeps the outcome of applying the entries one by one, because the journal accepted an entry of
 * analyses only for a medium it already held: within a run, writing the media first changes no
 * check. An entry of analyses whose medium does not exist, or with an id that belongs to an
 * analysis of another medium, is refused whole, before any of it is written.
 */
class JournalReplayRuns {

    private final PostgresMediaWriter writer;
    private final Connection connection;
    private final List<JournalEntry> refused = new ArrayList<>();

    JournalReplayRuns(PostgresMediaWriter writer, Connection connection) {
        this.writer = writer;
        this.connection = connection;
    }

    /** The entries of analyses that could not be applied. */
    List<JournalEntry> apply(List<JournalEntry> entries) throws SQLException {
        List<JournalEntry> run = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry instanceof JournalEntry.Delete delete) {
                applyRun(run);
                run.clear();
                writer.delete(connection, delete.medium());
            } else {
                run.add(entry);
            }
        }
        applyRun(run);
        return refused;
    }

    private void applyRun(List<JournalEntry> run) throws SQLException {
        List<Medium> media = new ArrayList<>();
        List<JournalEntry.AddAnalyses> additions = new ArrayList<>();
        for (JournalEntry entry : run) {
            if (entry instanceof JournalEntry.Upsert upsert) {
                media.addAll(upsert.media());
            } else if (entry instanceof JournalEntry.AddAnalyses add) {
                additions.add(add);
            }
        }
        if (!media.isEmpty()) {
            writer.upsert(connection, media);
        }
        if (!additions.isEmpty()) {
            writer.writeAnalyses(connection, accepted(additions));
        }
    }

    private List<Analysis> accepted(List<JournalEntry.AddAnalyses> additions) throws SQLException {
        Set<MediumKey> analysed = new HashSet<>();
        List<Analysis> all = new ArrayList<>();
        additions.forEach(add -> {
            analysed.add(add.medium());
            all.addAll(add.analyses());
        });
        Set<MediumKey> existing = writer.lockExisting(connection, analysed);
        Map<UUID, MediumKey> owners = writer.owners(connection, all);
        List<Analysis> accepted = new ArrayList<>();
        for (JournalEntry.AddAnalyses add : additions) {
            boolean acceptable = existing.contains(add.medium()) && add.analyses().stream()
                    .allMatch(analysis -> add.medium().equals(owners.getOrDefault(analysis.analysisId(), add.medium())));
            if (acceptable) {
                add.analyses().forEach(analysis -> owners.put(analysis.analysisId(), add.medium()));
                accepted.addAll(add.analyses());
            } else {
                refused.add(add);
            }
        }
        return accepted;
    }
}
