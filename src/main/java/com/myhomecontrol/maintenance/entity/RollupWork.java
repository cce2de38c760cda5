package com.myhomecontrol.maintenance.entity;

import com.myhomecontrol.platform.entity.RollupItem;

import java.io.Serializable;

/** An item of the rollup step: one hour of one series of the kind at {@code kind} in the job's list of kinds. */
public record RollupWork(int kind, RollupItem item) implements Serializable {

    /** Before every item of every kind: where a new run starts. */
    public static final RollupWork START = new RollupWork(0, RollupItem.FIRST);
}
