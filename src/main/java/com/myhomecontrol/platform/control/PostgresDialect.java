package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.Collection;

/**
 * The time series on PostgreSQL: daily partitions made on demand, the writers' shared lock, and a
 * write tried again when PostgreSQL aborted it to break a deadlock with another server's, or when
 * its pooled connection had been closed (PostgreSQL restarted since), on a new one.
 */
final class PostgresDialect implements TimeseriesDialect {

    static final String DEADLOCK = "40P01";
    static final String SERIALIZATION = "40001";

    /** Connection exceptions: after PostgreSQL restarted, the pool's connections are closed; the pool then makes new ones. */
    static final String CONNECTION_CLASS = "08";

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
            if (cause instanceof SQLException sql && (isRetried(sql.getSQLState()) || sql instanceof SQLRecoverableException)) {
                return true;
            }
        }
        return partitions.forgetAfter(failure);
    }

    private static boolean isRetried(String state) {
        return state != null && (DEADLOCK.equals(state) || SERIALIZATION.equals(state) || state.startsWith(CONNECTION_CLASS));
    }

    @Override
    public void beginWrite(Connection connection, Collection<String> series) throws SQLException {
        PostgresWriteLock.shared(connection);
        if (!series.isEmpty()) {
            PostgresWriteLock.series(connection, series);
        }
    }
}
