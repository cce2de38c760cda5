package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The time series on PostgreSQL: daily partitions made on demand, the writers' shared lock, and a
 * write tried again when PostgreSQL aborted it to break a deadlock with another server's.
 */
final class PostgresDialect implements TimeseriesDialect {

    static final String DEADLOCK = "40P01";
    static final String SERIALIZATION = "40001";

    private final DailyPartitions partitions;

    PostgresDialect(DailyPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public void ensurePartitions(RawTableDays days) throws SQLException {
        partitions.ensure(days);
    }

    @Override
    public boolean retryAfter(SQLException failure) {
        for (Throwable cause : failure) {
            if (cause instanceof SQLException sql && (DEADLOCK.equals(sql.getSQLState()) || SERIALIZATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return partitions.forgetAfter(failure);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        PostgresWriteLock.shared(connection);
    }
}
