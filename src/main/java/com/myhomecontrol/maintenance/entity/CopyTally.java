package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/** Rows {@code migrate-timeseries} copied, per table, across restarts. */
public record CopyTally(Map<String, Long> rows) implements Serializable {

    public CopyTally() {
        this(Map.of());
    }

    public CopyTally plus(String table, long copied) {
        Map<String, Long> more = new TreeMap<>(rows);
        more.merge(table, copied, Long::sum);
        return new CopyTally(more);
    }
}
