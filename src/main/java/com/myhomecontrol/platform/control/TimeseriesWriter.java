package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.StoreUnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The writer of the time-series database. SQLite allows a single writer, so every write is
 * queued here and one thread commits whatever has queued up in one transaction (group commit):
 * concurrent clients never meet SQLITE_BUSY, and one fsync serves many requests. A caller is
 * released only after its rows are committed. A failing group is retried one write at a time,
 * so that one bad write never fails the others. On PostgreSQL, which takes many writers, more threads
 * may commit groups at once, and the partitions the rows of a group need are made before its
 * transaction begins. It counts the rows it committed and keeps when it
 * last committed, and why its last write failed until one succeeds again, for the health API; its
 * observer learns of every commit, for the metrics.
 */
public class TimeseriesWriter implements AutoCloseable {

    /** Rows to write: all of them or none. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Connection connection) throws SQLException;
    }

    /** A read of committed rows. */
    @FunctionalInterface
    public interface Query<T> {
        T readFrom(Connection connection) throws SQLException;
    }

    /** Told of each commit on the writer's thread, so it must be quick and must not throw. */
    public interface Observer {
        Observer NONE = new Observer() {
            @Override
            public void committed(String kind, int rows) {
            }

            @Override
            public void commitTook(Duration took) {
            }
        };

        /** Rows of one write, of a kind such as {@code energy}, are committed. */
        void committed(String kind, int rows);

        /** How long a commit of one group took, from its first statement to its commit. */
        void commitTook(Duration took);
    }

    private record Pending(String kind, RawTableDays days, Collection<String> series, Rows rows, int count,
                           CompletableFuture<Void> committed) {
    }

    private static final Logger LOG = Logger.getLogger(TimeseriesWriter.class.getName());
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final int maxRowsPerCommit;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> threads;
    private final Clock clock;
    private final Observer observer;
    private final TimeseriesDialect dialect;
    private final LongAdder committedRows = new LongAdder();
    private volatile Instant lastCommit;
    private volatile String failure;
    /** Failed writes since the last commit. */
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean open = true;

    /**
     * {@code writerThreads} threads commit groups at once: 1 on SQLite, which allows one writer; on
     * PostgreSQL more, each group holding the locks of its series.
     */
    public TimeseriesWriter(DataSource dataSource, ThreadFactory threadFactory, int writerThreads, int maxRowsPerCommit, int maxQueuedWrites,
                            Duration timeout, Clock clock, Observer observer, TimeseriesDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        this.observer = observer;
        this.maxRowsPerCommit = maxRowsPerCommit;
        this.timeout = timeout;
        this.queue = new ArrayBlockingQueue<>(maxQueuedWrites);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < writerThreads; i++) {
            Thread thread = threadFactory.newThread(this::run);
            thread.setName(writerThreads == 1 ? "timeseries-writer" : "timeseries-writer-" + (i + 1));
            thread.start();
            started.add(thread);
        }
        this.threads = List.copyOf(started);
    }

    /**
     * Writes {@code count} rows of a {@code kind}, on those days of a raw table, and returns once they
     * are committed; {@code series} are those whose statistics the rows read to update them, locked
     * for the write on PostgreSQL.
     */
    public void write(String kind, RawTableDays days, Collection<String> series, Rows rows, int count) {
        if (!open) {
            throw new StoreUnavailableException("The time-series store is shutting down", null);
        }
        Pending pending = new Pending(kind, days, series, rows, count, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("The time-series writer is saturated; retry later", null);
            }
            pending.committed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the commit", e);
        } catch (TimeoutException e) {
            throw new StoreUnavailableException("The commit was not confirmed within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new StoreUnavailableException("The time-series store could not commit: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Reads on a connection of its own, outside the write queue: it sees what is committed. */
    public <T> T read(Query<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.readFrom(connection);
        } catch (SQLException e) {
            throw new StoreUnavailableException("The time-series store could not be read: " + e.getMessage(), e);
        }
    }

    public int queuedWrites() {
        return queue.size();
    }

    /** Every writer thread runs. */
    public boolean isRunning() {
        return threads.stream().allMatch(Thread::isAlive);
    }

    /** The rows committed since the writer started. */
    public long committedRows() {
        return committedRows.sum();
    }

    /** When the newest commit was made; empty before the first. */
    public Optional<Instant> lastCommit() {
        return Optional.ofNullable(lastCommit);
    }

    /** Why the newest write failed, until a commit succeeds again. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Commits what is queued, then fails whatever a caller queued while the writer stopped. */
    @Override
    public void close() {
        open = false;
        try {
            for (Thread thread : threads) {
                thread.join(timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending late;
        while ((late = queue.poll()) != null) {
            late.committed().completeExceptionally(new IllegalStateException("the writer stopped before this write"));
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int rows = first.count();
                Pending next;
                while (rows < maxRowsPerCommit && (next = queue.peek()) != null && rows + next.count() <= maxRowsPerCommit) {
                    group.add(queue.poll());
                    rows += next.count();
                }
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                open = false;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        long began = System.nanoTime();
        try {
            commitTogether(group);
        } catch (SQLException | RuntimeException e) {
            if (group.size() == 1) {
                logFailure(e);
                failures.incrementAndGet();
                failure = e.getMessage();
                group.get(0).committed().completeExceptionally(e);
                return;
            }
            for (Pending pending : group) {
                commit(List.of(pending));
            }
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        group.forEach(p -> committedRows.add(p.count()));
        lastCommit = clock.instant();
        long failed = failures.getAndSet(0);
        if (failed > 0) {
            LOG.info(() -> "Time-series writes are committed again, after " + failed + " failed");
        }
        failure = null;
        tellObserver(group, took);
        group.forEach(p -> p.committed().complete(null));
    }

    private static Collection<String> seriesOf(List<Pending> group) {
        if (group.size() == 1) {
            return group.get(0).series();
        }
        Set<String> all = new TreeSet<>();
        group.forEach(pending -> all.addAll(pending.series()));
        return all;
    }

    /**
     * The first failure after a success with its cause, the rest of a run of failures (a database
     * away, every write refused) at FINE: each refused caller has its 503 anyway, and an outage
     * should not bury the log under one stack trace per write.
     */
    private void logFailure(Exception e) {
        if (failures.get() == 0) {
            LOG.log(Level.WARNING, "A time-series write failed; further failures until a commit succeeds are logged at FINE", e);
        } else {
            LOG.log(Level.FINE, "A time-series write failed", e);
        }
    }

    /** A failing observer costs the metrics, never the commit, which is done: it is logged, and the callers are released. */
    private void tellObserver(List<Pending> group, Duration took) {
        try {
            observer.commitTook(took);
            group.forEach(p -> observer.committed(p.kind(), p.count()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The observer of the time-series writer failed; the commit stands", e);
        }
    }

    /**
     * Tried again, up to {@link #ATTEMPTS} times in all, after a failure the store's dialect says may
     * pass: a partition dropped since it was made (made anew), a deadlock broken by PostgreSQL.
     */
    private void commitTogether(List<Pending> group) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                commitOnce(group);
                return;
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !dialect.retryAfter(e)) {
                    throw e;
                }
            }
        }
    }

    private void commitOnce(List<Pending> group) throws SQLException {
        for (Pending pending : group) {
            dialect.ensurePartitions(pending.days());
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                dialect.beginWrite(connection, seriesOf(group));
                for (Pending pending : group) {
                    pending.rows().writeTo(connection);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
