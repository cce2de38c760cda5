package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What the writer does differently on each store: on PostgreSQL it makes the daily partitions of
 * the raw tables before a write ({@link DailyPartitions}) and takes the writers' shared lock and the
 * locks of the write's series in each write transaction ({@link PostgresWriteLock}); SQLite has
 * neither, its one writer is the lock.
 */
public interface TimeseriesDialect {

    TimeseriesDialect SQLITE = new TimeseriesDialect() {
        @Override
        public void ensurePartitions(RawTableDays days) {
        }

        @Override
        public boolean retryAfter(SQLException failure) {
            return false;
        }

        @Override
        public void beginWrite(Connection connection, Collection<String> series) {
        }
    };

    static TimeseriesDialect of(TimeseriesStoreKind kind, DataSource dataSource) {
        return kind == TimeseriesStoreKind.POSTGRESQL ? new PostgresDialect(new DailyPartitions(dataSource)) : SQLITE;
    }

    /** Makes the partitions of those days that are missing, each committed before this returns. */
    void ensurePartitions(RawTableDays days) throws SQLException;

    /**
     * Told of a failed write: true when trying it again may succeed. On PostgreSQL: it met a
     * partition dropped since it was made (by retention, maybe another server's), which is then
     * forgotten; PostgreSQL broke a deadlock with another server's write by aborting it; or the
     * connection was closed (PostgreSQL restarted), and the pool makes a new one.
     */
    boolean retryAfter(SQLException failure);

    /** First in each write transaction, with the series whose statistics it reads to update them. */
    void beginWrite(Connection connection, Collection<String> series) throws SQLException;
}
