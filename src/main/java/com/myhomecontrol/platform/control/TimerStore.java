package com.myhomecontrol.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the persistent timers (the job schedules) and the batch job repository live
 * with PostgreSQL: the schemas of the databaseStores in server.xml, which Liberty does not create
 * itself, and a lock that lets one server at a time replace its timers, so that servers starting
 * together against one database leave one timer each: a transaction-scoped advisory lock, taken in
 * the transaction that reads, cancels and creates the timers.
 */
@ApplicationScoped
public class TimerStore {

    /** Named when the device poll timers were persistent too; kept, for the timers stored there. */
    static final String TIMERS_SCHEMA = "poll_timers";
    static final String JOB_REPOSITORY_SCHEMA = "jbatch";
    /** Any key, as long as every server uses the same one. */
    private static final long KEY = 0x706F6C6C54696D65L;

    private static final Logger LOG = Logger.getLogger(TimerStore.class.getName());

    @Inject
    PostgresDatabase postgres;

    @Inject
    TimerStore self;

    @Resource(lookup = PostgresDatabase.JNDI_NAME)
    DataSource dataSource;

    /**
     * Whether the caller's timers are persistent: with PostgreSQL the schemas are made ready and
     * the lock is held until the caller's transaction ends. Without PostgreSQL, or while it is away
     * at start, they are not, until the next start, as media writes go on in the journal then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockForPersistentTimers(String timers) {
        if (!postgres.configured()) {
            return false;
        }
        try {
            self.createSchemas();
        } catch (TimerStoreUnavailableException e) {
            LOG.log(Level.WARNING, "The " + timers + " run on timers that are not persistent until the next start: "
                    + e.getMessage(), e);
            return false;
        }
        lockUntilCommit();
        return true;
    }

    /** Committed on its own, before any timer is read: the executor creates its tables over connections of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createSchemas() {
        execute("SELECT pg_advisory_xact_lock(" + KEY + ")", "CREATE SCHEMA IF NOT EXISTS " + TIMERS_SCHEMA,
                "CREATE SCHEMA IF NOT EXISTS " + JOB_REPOSITORY_SCHEMA);
    }

    /** Waits for the lock, and holds it until the caller's transaction ends. */
    private void lockUntilCommit() {
        execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
    }

    private void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new TimerStoreUnavailableException("PostgreSQL could not prepare the persistent timers: " + e.getMessage(), e);
        }
    }
}
