package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.energy.control.EnergyStatistics;
import com.myhomecontrol.maintenance.entity.RollupWork;
import com.myhomecontrol.platform.control.StatisticsRollup;
import com.myhomecontrol.platform.entity.RollupItem;
import com.myhomecontrol.weather.control.WeatherStatistics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The pending hours of every kind of statistics, energy first, read in order after a position. */
public final class RollupQueue {

    /** The kinds a rollup computes; a {@link RollupWork} names one by its place here. */
    public static final List<StatisticsRollup> KINDS = List.of(new EnergyStatistics(), new WeatherStatistics());

    private final DataSource store;

    public RollupQueue(DataSource store) {
        this.store = store;
    }

    /** At most {@code limit} items after {@code after}, all of one kind; empty at the end. */
    public List<RollupWork> next(RollupWork after, int limit) throws SQLException {
        try (Connection connection = store.getConnection()) {
            for (int kind = after.kind(); kind < KINDS.size(); kind++) {
                RollupItem from = kind == after.kind() ? after.item() : RollupItem.FIRST;
                int k = kind;
                List<RollupWork> works = KINDS.get(kind).pendingHours().after(connection, from, limit).stream()
                        .map(item -> new RollupWork(k, item)).toList();
                if (!works.isEmpty()) {
                    return works;
                }
            }
            return List.of();
        }
    }

    public long pending() throws SQLException {
        try (Connection connection = store.getConnection()) {
            long pending = 0;
            for (StatisticsRollup kind : KINDS) {
                pending += kind.pendingHours().count(connection);
            }
            return pending;
        }
    }
}
