package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RollupItem;
import com.myhomecontrol.platform.entity.SeriesSpan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The long-term statistics of one kind of time series, computed by the rollup job hour by hour
 * from the raw readings. The hours to compute wait in a pending table: planned by the job, or
 * added when a late reading lands in a bucket already rolled up. The caller owns the transactions.
 */
public interface StatisticsRollup {

    /** energy or weather: the name of its part in progress and in the job's counts. */
    String kind();

    /** The table of its raw readings, the series of its retention mark. */
    String rawTable();

    /** Its rows of rollup_marks; a late reading before the first of them is queued again. */
    List<String> marks();

    /** Each series that has readings. */
    List<SeriesSpan> series(Connection connection) throws SQLException;

    PendingHours pendingHours();

    /**
     * Replaces the item's statistics by what its raw readings give, for the buckets that end by
     * {@code closedUntil}, and takes it off the pending table.
     */
    void rollUp(Connection connection, RollupItem item, long closedUntil) throws SQLException;
}
