package com.myhomecontrol.maintenance.entity;

import java.util.List;

/** One item of the retention step: what one short transaction deletes (or, in a dry run, counts). */
public sealed interface RetentionBatch {

    /** The rows of one series with {@code after < time <= upTo}. */
    record SeriesRange(RetentionTable table, List<String> series, long after, long upTo) implements RetentionBatch {
    }

    /** A raw table's day on PostgreSQL, all older than the cutoff: its partition goes whole. */
    record OldDay(RetentionTable table, long dayStart) implements RetentionBatch {
    }

    /** A table is done: nothing older than {@code retainedSince} is left in it. */
    record TableDone(RetentionTable table, long retainedSince) implements RetentionBatch {
    }

    /** Media rows by id; {@code overCap} when they go for the size cap rather than by age. */
    record MediaRows(RetainedMedia kind, List<String> ids, boolean overCap) implements RetentionBatch {
    }
}
