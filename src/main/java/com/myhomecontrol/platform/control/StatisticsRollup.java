package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RollupItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The long-term statistics of one kind of time series, computed by the rollup job hour by hour
 * from the raw readings. The hours to compute wait in a pending table: planned by the job, or
 * added when a late reading lands in a bucket already rolled up. The caller owns the transactions.
 */
public abstract class StatisticsRollup {

    private final String kind;
    private final String rawTable;
    private final List<String> marks;
    private final PendingHours pendingHours;

    /**
     * @param kind         energy or weather: the name of its part in the job's counts
     * @param rawTable     the table of its raw readings, the series of its retention mark
     * @param marks        its rows of rollup_marks; a late reading before the first is queued again
     * @param pendingHours its queue
     */
    protected StatisticsRollup(String kind, String rawTable, List<String> marks, PendingHours pendingHours) {
        this.kind = kind;
        this.rawTable = rawTable;
        this.marks = List.copyOf(marks);
        this.pendingHours = pendingHours;
    }

    public String kind() {
        return kind;
    }

    public String rawTable() {
        return rawTable;
    }

    public List<String> marks() {
        return marks;
    }

    public PendingHours pendingHours() {
        return pendingHours;
    }

    /**
     * Replaces the item's statistics by what its raw readings give, for the buckets that end by
     * {@code closedUntil}, and takes it off the pending table.
     */
    public abstract void rollUp(Connection connection, RollupItem item, long closedUntil) throws SQLException;
}
