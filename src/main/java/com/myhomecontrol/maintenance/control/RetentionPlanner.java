package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetainedMedia;
import com.myhomecontrol.maintenance.entity.Planned;
import com.myhomecontrol.maintenance.entity.RetentionBatch.TableDone;
import com.myhomecontrol.maintenance.entity.RetentionCursor;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.RetentionTable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The order a retention run goes in, one phase after the other: the four time-series tables (on
 * PostgreSQL a raw table's whole old days first, then its rows of the cutoff's day), then
 * with PostgreSQL the analyses, recordings and snapshots by age, then the size cap. A dry run and
 * a real run walk the same batches, so their counts agree. Raw readings go only as far as the
 * rollup has summed them up into the statistics made from them, so retention never loses the
 * long-term picture of readings the rollup has not seen.
 */
public final class RetentionPlanner {

    private static final Logger LOG = Logger.getLogger(RetentionPlanner.class.getName());
    private static final Map<RetentionTable, List<String>> STATISTICS_OF_RAW = Map.of(
            RetentionTable.ENERGY_RAW, List.of("energy_5m"),
            RetentionTable.WEATHER_RAW, List.of("weather_5m", "weather_hourly"));
    /** The hours the rollup has queued but not computed yet, whose raw readings it still needs. */
    private static final Map<RetentionTable, String> PENDING_OF_RAW = Map.of(
            RetentionTable.ENERGY_RAW, "energy_rollup_pending",
            RetentionTable.WEATHER_RAW, "weather_rollup_pending");
    private static final List<RetainedMedia> BY_AGE = List.of(RetainedMedia.AI_ANALYSIS, RetainedMedia.RECORDING, RetainedMedia.SNAPSHOT);
    private static final RetentionTable[] TABLES = RetentionTable.values();

    private final RetentionParameters parameters;
    private final TimeseriesRetention timeseries;
    private final Optional<MediaRetention> media;
    private final Map<RetentionTable, Long> cutoffs = new EnumMap<>(RetentionTable.class);

    public RetentionPlanner(RetentionParameters parameters, TimeseriesRetention timeseries, Optional<MediaRetention> media) {
        this.parameters = parameters;
        this.timeseries = timeseries;
        this.media = media;
        for (RetentionTable table : TABLES) {
            cutoffs.put(table, cutoff(table));
        }
    }

    /** Per table, the time before which its rows go (epoch seconds). */
    public Map<RetentionTable, Long> cutoffs() {
        return Map.copyOf(cutoffs);
    }

    /** Rows older than their cutoffs, before the size cap, for the progress; the media only when PostgreSQL answers. */
    public long planned() {
        long rows = 0;
        for (RetentionTable table : TABLES) {
            rows += timeseries.countOlder(table, cutoffs.get(table));
        }
        if (media.isPresent()) {
            try {
                for (RetainedMedia kind : BY_AGE) {
                    rows += media.get().countOlder(kind, parameters.cutoff(kind));
                }
            } catch (JobFailedException e) {
                // PostgreSQL away must not cost the time-series part: its phase fails later, with the reason.
                LOG.warning(() -> "The progress of this retention run leaves out the media: " + e.getMessage());
            }
        }
        return rows;
    }

    /** The batch after the cursor, or empty when the run is done. */
    public Optional<Planned> next(RetentionCursor cursor) {
        RetentionCursor at = cursor;
        while (at.phase() < TABLES.length) {
            RetentionTable table = TABLES[at.phase()];
            long cutoff = cutoffs.get(table);
            if (at.series() == null) {
                var day = timeseries.nextOldDay(table, at.after(), cutoff);
                if (day.isPresent()) {
                    return Optional.of(new Planned(day.get(), at.inSeries(null, day.get().dayStart())));
                }
            }
            var range = timeseries.next(table, at.series(), at.after(), cutoff);
            if (range.isPresent()) {
                return Optional.of(new Planned(range.get(), at.inSeries(range.get().series(), range.get().upTo())));
            }
            RetentionCursor nextPhase = RetentionCursor.phase(at.phase() + 1);
            if (cutoff > Long.MIN_VALUE) {
                return Optional.of(new Planned(new TableDone(table, cutoff), nextPhase));
            }
            at = nextPhase;
        }
        if (media.isEmpty()) {
            return Optional.empty();
        }
        while (at.phase() < TABLES.length + BY_AGE.size()) {
            RetainedMedia kind = BY_AGE.get(at.phase() - TABLES.length);
            var rows = media.get().nextByAge(kind, parameters.cutoff(kind), at, parameters.chunkRows());
            if (rows.isPresent()) {
                return rows;
            }
            at = RetentionCursor.phase(at.phase() + 1);
        }
        if (parameters.maxMediaBytes() == null) {
            return Optional.empty();
        }
        if (at.excessBytes() == null) {
            at = at.atMedium(null, null, null, media.get().excessBytes(parameters.maxMediaBytes(),
                    parameters.cutoff(RetainedMedia.RECORDING), parameters.cutoff(RetainedMedia.SNAPSHOT)));
        }
        return media.get().nextOverCap(parameters.cutoff(RetainedMedia.RECORDING), parameters.cutoff(RetainedMedia.SNAPSHOT), at,
                parameters.chunkRows());
    }

    private long cutoff(RetentionTable table) {
        long byAge = table.isRaw() ? parameters.rawCutoff() : parameters.fiveMinuteCutoff();
        List<String> statistics = STATISTICS_OF_RAW.get(table);
        if (statistics == null) {
            return byAge;
        }
        Optional<Long> rolledUp = timeseries.rolledUpTo(statistics, PENDING_OF_RAW.get(table));
        if (rolledUp.isEmpty() || rolledUp.get() < byAge) {
            LOG.warning(() -> table.table() + " is kept from " + rolledUp.map(String::valueOf).orElse("its first reading")
                    + " on, not only from " + byAge + ": the rollup of " + statistics + " has not reached that yet");
        }
        return Math.min(byAge, rolledUp.orElse(Long.MIN_VALUE));
    }
}
