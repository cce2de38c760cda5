package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.platform.control.PostgresWriteLock;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;

/**
 * Work in one write transaction of a job's own connection to the time-series store that no write
 * of the servers overlaps: on SQLite begun IMMEDIATE, so that it waits for the server's writer at
 * its start (busy timeout) instead of failing halfway when a read would become a write; on
 * PostgreSQL holding the writers' lock alone ({@link PostgresWriteLock}). Callers keep the work
 * short, for those writers.
 */
final class ImmediateTransaction {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private ImmediateTransaction() {
    }

    static <T> T run(DataSource store, Work<T> work) throws SQLException {
        return run(store, work, held -> { });
    }

    /** {@code heldNanos} learns how long the transaction held the write lock, from its start to its commit. */
    static <T> T run(DataSource store, Work<T> work, LongConsumer heldNanos) throws SQLException {
        try (Connection connection = store.getConnection(); Statement control = connection.createStatement()) {
            boolean postgres = connection.isWrapperFor(PGConnection.class);
            control.execute(postgres ? "BEGIN" : "BEGIN IMMEDIATE");
            if (postgres) {
                PostgresWriteLock.exclusive(connection);
            }
            long began = System.nanoTime();
            try {
                T result = work.run(connection);
                control.execute("COMMIT");
                heldNanos.accept(System.nanoTime() - began);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    control.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    // SQLite rolls back by itself on a full disk or an I/O error: the cause is e.
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }
}
