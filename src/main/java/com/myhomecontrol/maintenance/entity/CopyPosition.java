package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.util.List;

/** How far {@code migrate-timeseries} has copied, as its checkpoint: the table, and the key of the last row copied of it (null: none yet). */
public record CopyPosition(CopiedTable table, List<Object> lastKey) implements Serializable {

    public static CopyPosition start() {
        return new CopyPosition(CopiedTable.values()[0], null);
    }
}
