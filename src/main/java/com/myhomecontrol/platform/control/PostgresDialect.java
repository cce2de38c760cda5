package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;

import java.sql.Connection;
import java.sql.SQLException;

/** The time series on PostgreSQL: daily partitions made on demand, and the writers' shared lock. */
final class PostgresDialect implements TimeseriesDialect {

    private final DailyPartitions partitions;

    PostgresDialect(DailyPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public void ensurePartitions(RawTableDays days) throws SQLException {
        partitions.ensure(days);
    }

    @Override
    public boolean forgetPartitionsAfter(SQLException failure) {
        return partitions.forgetAfter(failure);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        PostgresWriteLock.shared(connection);
    }
}
