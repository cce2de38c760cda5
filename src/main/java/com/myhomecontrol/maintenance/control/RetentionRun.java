package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.RetainedMedia;
import com.myhomecontrol.maintenance.entity.RetentionBatch;
import com.myhomecontrol.maintenance.entity.RetentionBatch.MediaRows;
import com.myhomecontrol.maintenance.entity.RetentionBatch.OldDay;
import com.myhomecontrol.maintenance.entity.RetentionBatch.SeriesRange;
import com.myhomecontrol.maintenance.entity.RetentionBatch.TableDone;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.RetentionTally;

import java.util.Optional;

/**
 * One retention run over the stores its parameters name: plans the batches and applies each,
 * deleting or, in a dry run, only counting what would go.
 */
public final class RetentionRun implements AutoCloseable {

    private final RetentionParameters parameters;
    private final TimeseriesRetention timeseries;
    private final Optional<MediaRetention> media;
    private final RetentionPlanner planner;
    private long planned;

    private RetentionRun(RetentionParameters parameters, TimeseriesRetention timeseries, Optional<MediaRetention> media) {
        this.parameters = parameters;
        this.timeseries = timeseries;
        this.media = media;
        this.planner = new RetentionPlanner(parameters, timeseries, media);
    }

    public static RetentionRun open(RetentionParameters parameters) {
        return new RetentionRun(parameters, new TimeseriesRetention(parameters.store(), parameters.chunkRows()),
                JobEnvironment.current().media(parameters.postgresUrl())
                        .map(database -> new MediaRetention(database, parameters.mediaRoots())));
    }

    public RetentionPlanner planner() {
        return planner;
    }

    /** Counts what is older than the cutoffs now, for the progress. */
    public void plan() {
        planned = planner.planned();
    }

    public long planned() {
        return planned;
    }

    public void apply(RetentionBatch batch, RetentionTally tally) {
        if (batch instanceof OldDay day) {
            long rows = parameters.dryRun() ? timeseries.count(day) : timeseries.drop(day);
            tally.add(day.table().table(), rows, 0);
        } else if (batch instanceof SeriesRange range) {
            long rows = parameters.dryRun() ? timeseries.count(range) : timeseries.delete(range);
            tally.add(range.table().table(), rows, 0);
        } else if (batch instanceof TableDone done) {
            if (!parameters.dryRun()) {
                timeseries.done(done);
            }
        } else if (batch instanceof MediaRows rows) {
            media.orElseThrow().apply(rows, parameters.cutoff(RetainedMedia.AI_ANALYSIS), parameters.dryRun(),
                    parameters.deleteFiles(), tally);
        }
    }

    /** The end of a real run: the WAL emptied into the file and, when asked, the file rebuilt. */
    public void compact() {
        if (!parameters.dryRun()) {
            timeseries.compact(parameters.vacuum());
        }
    }

    @Override
    public void close() {
        timeseries.close();
    }

    public String report(RetentionTally tally) {
        return RetentionReport.of(parameters, tally, planner.cutoffs(), media.isPresent());
    }
}
