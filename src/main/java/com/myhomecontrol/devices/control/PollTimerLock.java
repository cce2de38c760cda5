package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.PostgresDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets one server at a time replace the persistent poll timers in PostgreSQL, so that servers
 * starting together against one database leave one timer per device: a transaction-scoped
 * advisory lock, taken in the transaction that reads, cancels and creates the timers. Also creates
 * the schema the timers' executor keeps its tables in (the databaseStore in server.xml), which
 * Liberty does not create itself.
 */
@ApplicationScoped
public class PollTimerLock {

    static final String SCHEMA = "poll_timers";
    /** Any key, as long as every server uses the same one. */
    private static final long KEY = 0x706F6C6C54696D65L;

    @Resource(lookup = PostgresDatabase.JNDI_NAME)
    DataSource dataSource;

    /** Committed on its own, before any timer is read: the executor creates its tables over connections of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createSchema() {
        execute("SELECT pg_advisory_xact_lock(" + KEY + ")", "CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
    }

    /** Waits for the lock, and holds it until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUntilCommit() {
        execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
    }

    private void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new PollTimerStoreUnavailableException("PostgreSQL could not prepare the persistent poll timers: " + e.getMessage(), e);
        }
    }
}
