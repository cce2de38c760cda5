package com.myhomecontrol.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A transaction-scoped advisory lock on the time series in PostgreSQL, which gives a job's
 * transaction what BEGIN IMMEDIATE gives it on SQLite: the writers of every server hold it shared,
 * so they write at once; a job that reads readings and then writes what it derived from them (the
 * rollup takes hours off its queue) holds it alone, so no reading lands between its read and its
 * commit unnoticed. Released at commit or rollback.
 */
public final class PostgresWriteLock {

    /** Any number the platform uses for nothing else: "tswr". */
    static final long KEY = 0x7473_7772L;

    private PostgresWriteLock() {
    }

    public static void shared(Connection connection) throws SQLException {
        take(connection, "pg_advisory_xact_lock_shared");
    }

    public static void exclusive(Connection connection) throws SQLException {
        take(connection, "pg_advisory_xact_lock");
    }

    private static void take(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + KEY + ")");
        }
    }
}
