package com.myhomecontrol.platform.entity;

import java.io.Serializable;

/**
 * One hour of one series that the rollup job computes: a device ({@code moduleType} empty) or a
 * weather module. Ordered as the pending tables are, hour first, so that it is a position to resume from.
 */
public record RollupItem(long hourStart, String seriesId, String moduleType) implements Serializable, Comparable<RollupItem> {

    /** Before every item. */
    public static final RollupItem FIRST = new RollupItem(Long.MIN_VALUE, "", "");

    @Override
    public int compareTo(RollupItem other) {
        int byHour = Long.compare(hourStart, other.hourStart);
        if (byHour != 0) {
            return byHour;
        }
        int bySeries = seriesId.compareTo(other.seriesId);
        return bySeries != 0 ? bySeries : moduleType.compareTo(other.moduleType);
    }
}
