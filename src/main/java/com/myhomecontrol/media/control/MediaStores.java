package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.control.PostgresDatabase;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.entity.SchemaTooNewException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the media store: PostgreSQL when POSTGRES_HOST is set, with the journal standing in
 * whenever it is away, or the journal alone. While PostgreSQL is away it is asked again every
 * MEDIA_RECOVERY_CHECK_SECONDS, and the journal replayed into it as soon as it answers.
 */
@ApplicationScoped
public class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class.getName());

    @Resource(lookup = PostgresDatabase.JNDI_NAME)
    DataSource dataSource;

    /** Made by the container at deploy, but it connects only at its first use, which journal mode never makes. */
    @PersistenceUnit(unitName = MediaUnit.NAME)
    EntityManagerFactory mediaUnit;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PostgresDatabase postgres;

    @Inject
    @ConfigProperty(name = "MEDIA_JOURNAL_DIR", defaultValue = "data/media/journal")
    String journalDirectory;

    @Inject
    @ConfigProperty(name = "MEDIA_RECOVERY_CHECK_SECONDS", defaultValue = "10")
    long checkSeconds;

    void openAtStart(@Observes Startup startup, FailoverMediaStore store) {
        var status = store.status();
        LOG.info(() -> "Media metadata is stored in " + status.activeStore() + "; journal " + status.journalFile()
                + " holds " + status.journalEntries() + " entries waiting for PostgreSQL"
                + (status.postgresConfigured() ? "" : " (POSTGRES_HOST is not set: the journal is the store)"));
    }

    @Produces
    @Singleton
    FailoverMediaStore mediaStore() {
        JournalMediaStore journal = JournalMediaStore.open(Path.of(journalDirectory).toAbsolutePath());
        if (!postgres.configured()) {
            return new FailoverMediaStore(null, journal, () -> { });
        }
        var store = new FailoverMediaStore(new PostgresMediaStore(dataSource, mediaUnit), journal,
                () -> SchemaMigrations.migrate(dataSource, SchemaMigrations.MEDIA));
        // At start a schema newer than this platform stops the server; any other failure waits for the next check.
        try {
            store.recover();
        } catch (SchemaTooNewException e) {
            throw e;
        } catch (RuntimeException e) {
            recoveryFailed(store, e);
        }
        store.cancelOnClose(scheduler.scheduleWithFixedDelay(() -> recover(store), checkSeconds, checkSeconds, TimeUnit.SECONDS));
        return store;
    }

    /**
     * Static: at the application's stop its context is gone, and an instance made anew only for this
     * would fail to find the media unit of the stopping application (CWNEN0035E in the log).
     */
    static void close(@Disposes FailoverMediaStore store) {
        try {
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed recovery is reported, in the log and by the health check, and tried again at the next check. */
    private static void recover(FailoverMediaStore store) {
        try {
            store.recover();
        } catch (RuntimeException e) {
            recoveryFailed(store, e);
        }
    }

    private static void recoveryFailed(FailoverMediaStore store, RuntimeException e) {
        store.recoveryFailed(e);
        LOG.log(Level.SEVERE, "Replaying the media journal into PostgreSQL failed; it is tried again", e);
    }
}
