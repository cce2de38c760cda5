package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the retention step is, as its checkpoint: the phase (a table, a kind of media, the size
 * cap) and the last key it handed out in it. Rows before that key are done, so a restart goes on
 * from there.
 */
public record RetentionCursor(int phase, List<String> series, long after, OffsetDateTime afterTime, String afterKind,
                              String afterId, Long excessBytes) implements Serializable {

    public static RetentionCursor start() {
        return phase(0);
    }

    public static RetentionCursor phase(int phase) {
        return new RetentionCursor(phase, null, Long.MIN_VALUE, null, null, null, null);
    }

    public RetentionCursor inSeries(List<String> nextSeries, long nextAfter) {
        return new RetentionCursor(phase, nextSeries == null ? null : List.copyOf(nextSeries), nextAfter, null, null, null, null);
    }

    public RetentionCursor atMedium(OffsetDateTime time, String kind, String id, Long excess) {
        return new RetentionCursor(phase, null, Long.MIN_VALUE, time, kind, id, excess);
    }
}
