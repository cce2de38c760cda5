package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.MediaStoreStatus;
import com.myhomecontrol.media.entity.StorageStats;
import com.myhomecontrol.platform.entity.NotFoundException;
import com.myhomecontrol.platform.entity.StoreUnavailableException;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The media store the application uses: PostgreSQL while it answers, the journal while it does
 * not (or when none is configured). Once PostgreSQL answers again, {@link #recover()} replays the
 * journal into it, in order, and only then switches back: a write is never split between them.
 */
public class FailoverMediaStore implements MediaStore, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FailoverMediaStore.class.getName());
    private static final int REPLAY_CHUNK = 500;

    private final PostgresMediaStore postgres;
    private final JournalMediaStore journal;
    private final Runnable migration;
    /** Writes hold it shared while they pick a store and write; the switch back holds it alone. */
    private final ReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final AtomicLong refusedEntries = new AtomicLong();
    private volatile boolean onPostgres;
    private volatile String problem;
    private volatile boolean recoveryFailing;
    private volatile Future<?> recoveryChecks;

    /** {@code postgres} is null when none is configured; {@code migration} brings its schema up to date. */
    public FailoverMediaStore(PostgresMediaStore postgres, JournalMediaStore journal, Runnable migration) {
        this.postgres = postgres;
        this.journal = journal;
        this.migration = migration;
    }

    @Override
    public void upsert(List<Medium> media) {
        use(() -> {
            postgres.upsert(media);
            return null;
        }, () -> {
            journal.upsert(media);
            return null;
        });
    }

    @Override
    public boolean delete(MediumKey key) {
        return use(() -> postgres.delete(key), () -> journal.delete(key) || postgres != null);
    }

    @Override
    public void addAnalyses(MediumKey medium, List<Analysis> analyses) {
        use(() -> {
            postgres.addAnalyses(medium, analyses);
            return null;
        }, () -> {
            try {
                journal.addAnalyses(medium, analyses);
            } catch (NotFoundException e) {
                if (postgres == null) {
                    throw e;
                }
                throw unknownWhilePostgresIsAway(medium, e);
            }
            return null;
        });
    }

    @Override
    public Optional<Medium> find(MediumKey key) {
        return use(() -> postgres.find(key), () -> {
            Optional<Medium> found = journal.find(key);
            if (found.isEmpty() && postgres != null) {
                throw unknownWhilePostgresIsAway(key, null);
            }
            return found;
        });
    }

    @Override
    public List<Analysis> analysesOf(MediumKey medium) {
        return use(() -> postgres.analysesOf(medium), () -> journal.analysesOf(medium));
    }

    @Override
    public MediaPage list(MediaFilter filter) {
        return use(() -> postgres.list(filter), () -> journal.list(filter));
    }

    @Override
    public AnalysisPage analyses(AnalysisFilter filter) {
        return use(() -> postgres.analyses(filter), () -> journal.analyses(filter));
    }

    @Override
    public StorageStats stats(Instant startOfToday) {
        return use(() -> postgres.stats(startOfToday), () -> journal.stats(startOfToday));
    }

    /**
     * When PostgreSQL is configured, away and answering again: brings its schema up to date,
     * replays the journal into it and switches back. Safe to call at any time; a replay cut short
     * is done again from the start next time, which changes nothing already replayed.
     */
    public synchronized void recover() {
        if (postgres == null || onPostgres) {
            return;
        }
        String why = postgres.problem();
        if (why != null) {
            if (!why.equals(problem)) {
                LOG.warning(() -> "PostgreSQL does not answer (" + why + "); media writes go to the journal "
                        + journal.journal().file() + ", and PostgreSQL is asked again");
            }
            problem = why;
            return;
        }
        migration.run();
        long replayed = replay(0);
        switchLock.writeLock().lock();
        try {
            long total = replay(replayed);
            if (total > 0) {
                var archive = journal.archive();
                LOG.info(() -> "Replayed " + total + " journal entries into PostgreSQL; the journal is archived as " + archive);
            }
            onPostgres = true;
            problem = null;
            recoveryFailing = false;
        } finally {
            switchLock.writeLock().unlock();
        }
        LOG.info("Media metadata is stored in PostgreSQL");
    }

    /** Why the last recovery failed, for the health check, until one succeeds. */
    public void recoveryFailed(RuntimeException e) {
        problem = "replaying the journal failed: " + e.getMessage();
        recoveryFailing = true;
    }

    /** The recovery checks stop when the store closes. */
    void cancelOnClose(Future<?> recoveryChecks) {
        this.recoveryChecks = recoveryChecks;
    }

    @Override
    public void close() throws IOException {
        if (recoveryChecks != null) {
            recoveryChecks.cancel(false);
        }
        journal.journal().close();
    }

    public MediaStoreStatus status() {
        return new MediaStoreStatus(onPostgres ? "postgresql" : "journal", postgres != null, journal.journal().entries(),
                journal.journal().unreadableLines(), refusedEntries.get(), journal.journal().file().toString(), problem,
                recoveryFailing);
    }

    private long replay(long skip) {
        long[] replayed = {skip};
        journal.journal().read(skip, REPLAY_CHUNK, chunk -> {
            for (JournalEntry refused : postgres.apply(chunk)) {
                journal.journal().setAside(refused, "its medium is not in PostgreSQL, or its analysis id belongs to another medium");
                refusedEntries.incrementAndGet();
            }
            replayed[0] += chunk.size();
        });
        return replayed[0];
    }

    private <T> T use(Supplier<T> onPostgresStore, Supplier<T> onJournal) {
        switchLock.readLock().lock();
        try {
            if (onPostgres) {
                try {
                    return onPostgresStore.get();
                } catch (PostgresUnavailableException e) {
                    failOver(e);
                }
            }
            return onJournal.get();
        } finally {
            switchLock.readLock().unlock();
        }
    }

    private void failOver(PostgresUnavailableException e) {
        problem = e.getMessage();
        if (onPostgres) {
            onPostgres = false;
            LOG.warning(() -> e.getMessage() + ". Media writes go to the journal " + journal.journal().file()
                    + " until PostgreSQL answers again.");
        }
    }

    /** PostgreSQL may hold the medium: answering 404 could be false, so the client is asked to retry. */
    private static StoreUnavailableException unknownWhilePostgresIsAway(MediumKey medium, Exception cause) {
        return new StoreUnavailableException("PostgreSQL is unreachable and the journal does not hold "
                + medium.kind().label() + " " + medium.id(), cause);
    }
}
