package com.myhomecontrol.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Transaction-scoped advisory locks on the time series in PostgreSQL, released at commit or
 * rollback. The one on all of them gives a job's transaction what BEGIN IMMEDIATE gives it on
 * SQLite: the writers of every server hold it shared, so they write at once; a job that reads
 * readings and then writes what it derived from them (the rollup takes hours off its queue) holds it
 * alone, so no reading lands between its read and its commit unnoticed. The one per series does the
 * same between writers: a write that reads a series' hourly statistics to update them holds its
 * series' locks, so that two servers storing readings of one plug at once take turns on it instead
 * of each adding to what it read before the other committed. On SQLite, whose one writer already
 * takes the turns, there is nothing to lock.
 */
public final class PostgresWriteLock {

    /** Any number the platform uses for nothing else: "tswr"; the series' locks are in the space of this number as their first half. */
    static final long KEY = 0x7473_7772L;

    private PostgresWriteLock() {
    }

    public static void shared(Connection connection) throws SQLException {
        take(connection, "pg_advisory_xact_lock_shared");
    }

    public static void exclusive(Connection connection) throws SQLException {
        take(connection, "pg_advisory_xact_lock");
    }

    /**
     * Locks each series, in name order, all those of a write at once, so that two writers never wait
     * for each other in a circle (two series whose names hash alike only share a lock).
     */
    static void series(Connection connection, Collection<String> series) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(pg_advisory_xact_lock(" + KEY + "::integer, hashtext(s))) FROM unnest(?) AS s")) {
            statement.setArray(1, connection.createArrayOf("text", new TreeSet<>(series).toArray()));
            statement.executeQuery().close();
        }
    }

    private static void take(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + KEY + ")");
        }
    }
}
