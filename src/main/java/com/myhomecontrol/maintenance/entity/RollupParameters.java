package com.myhomecontrol.maintenance.entity;

import com.myhomecontrol.platform.entity.TimeRange;

import java.io.Serializable;
import java.util.Optional;

/** The checked parameters of one rollup run: the store, and the period to rebuild from the raw readings, if any. */
public record RollupParameters(TimeseriesStoreRef store, TimeRange rebuildRange) implements Serializable {

    public Optional<TimeRange> rebuild() {
        return Optional.ofNullable(rebuildRange);
    }
}
