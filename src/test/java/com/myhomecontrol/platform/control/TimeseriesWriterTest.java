package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.StoreUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeseriesWriterTest {

    private static final int THREADS = 32;
    private static final int WRITES_PER_THREAD = 40;
    private static final int ROWS_PER_WRITE = 3;
    /** SQLite has no partitions to make. */
    private static final RawTableDays NO_DAYS = new RawTableDays("energy_timeseries", new long[0]);

    @TempDir
    Path directory;

    private DataSource dataSource;
    private TimeseriesWriter writer;
    private ExecutorService clients;

    @BeforeEach
    void openStore() {
        dataSource = SqliteFiles.migrated(directory);
        clients = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void closeStore() throws InterruptedException {
        clients.shutdownNow();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        // Small groups and a short queue so that grouping and back-pressure both happen.
        writer = new TimeseriesWriter(dataSource, Thread::new, 1, 16, 8, Duration.ofSeconds(60), Clock.systemUTC(), TimeseriesWriter.Observer.NONE, TimeseriesDialect.SQLITE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String device = "device-" + t;
            done.add(clients.submit(() -> {
                start.await();
                for (int w = 0; w < WRITES_PER_THREAD; w++) {
                    writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings(device, w * ROWS_PER_WRITE, ROWS_PER_WRITE), ROWS_PER_WRITE);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS); // rethrows whatever a client met
        }

        assertEquals(THREADS * WRITES_PER_THREAD * ROWS_PER_WRITE, count("SELECT COUNT(*) FROM energy_timeseries"));
        assertEquals(THREADS, count("SELECT COUNT(DISTINCT device_id) FROM energy_timeseries"));
        assertEquals(THREADS, count("SELECT COUNT(*) FROM (SELECT device_id FROM energy_timeseries GROUP BY device_id"
                + " HAVING COUNT(*) = " + WRITES_PER_THREAD * ROWS_PER_WRITE + " AND MIN(timestamp) = 0 AND MAX(timestamp) = "
                + (WRITES_PER_THREAD * ROWS_PER_WRITE - 1) + ")"));
        assertEquals(0, writer.queuedWrites());
        assertEquals(THREADS * WRITES_PER_THREAD * ROWS_PER_WRITE, writer.committedRows());
    }

    @Test
    void aFailingWriteDoesNotFailTheOthersOfItsGroup() throws Exception {
        writer = new TimeseriesWriter(dataSource, Thread::new, 1, 100, 100, Duration.ofSeconds(30), Clock.systemUTC(), TimeseriesWriter.Observer.NONE, TimeseriesDialect.SQLITE);
        CountDownLatch gateEntered = new CountDownLatch(1);
        CountDownLatch gateOpen = new CountDownLatch(1);
        SQLException broken = new SQLException("broken rows");

        // The writer thread waits inside the first write while the next three queue up: one group.
        Future<?> gate = clients.submit(() -> writer.write("test", NO_DAYS, List.of(), connection -> {
            gateEntered.countDown();
            await(gateOpen);
            SqliteFiles.readings("gate", 0, 1).writeTo(connection);
        }, 1));
        assertTrue(gateEntered.await(10, TimeUnit.SECONDS));
        Future<?> before = clients.submit(() -> writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("good", 1, 2), 2));
        awaitQueued(1);
        Future<?> bad = clients.submit(() -> writer.write("test", NO_DAYS, List.of(), connection -> {
            SqliteFiles.readings("bad", 1, 1).writeTo(connection);
            throw broken;
        }, 1));
        awaitQueued(2);
        Future<?> after = clients.submit(() -> writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("good", 10, 2), 2));
        awaitQueued(3);
        gateOpen.countDown();

        gate.get(10, TimeUnit.SECONDS);
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        var failure = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
        var unavailable = assertInstanceOf(StoreUnavailableException.class, failure.getCause());
        assertSame(broken, unavailable.getCause());

        assertEquals(4, count("SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'good'"));
        assertEquals(1, count("SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'gate'"));
        assertEquals(0, count("SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'bad'"));
        assertEquals(0, count("SELECT COUNT(*) FROM energy_devices WHERE device_id = 'bad'"));
    }

    @Test
    void aRuntimeExceptionFailsOnlyItsOwnWrite() {
        writer = SqliteFiles.writer(dataSource);

        var failure = assertThrows(StoreUnavailableException.class,
                () -> writer.write("test", NO_DAYS, List.of(), connection -> { throw new IllegalStateException("bug in rows"); }, 1));
        assertInstanceOf(IllegalStateException.class, failure.getCause());

        writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("after", 0, 1), 1);
        assertEquals(1, count("SELECT COUNT(*) FROM energy_timeseries"));
    }

    @Test
    void itTellsWhenItLastCommittedHowManyRowsAndWhyItsLastWriteFailed() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        writer = new TimeseriesWriter(dataSource, Thread::new, 1, 100, 100, Duration.ofSeconds(30), Clock.fixed(now, ZoneOffset.UTC), TimeseriesWriter.Observer.NONE, TimeseriesDialect.SQLITE);
        assertTrue(writer.lastCommit().isEmpty());

        writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("counted", 0, 3), 3);
        assertThrows(StoreUnavailableException.class,
                () -> writer.write("test", NO_DAYS, List.of(), connection -> { throw new IllegalStateException("disk is read-only"); }, 2));

        assertEquals(3, writer.committedRows());
        assertEquals(now, writer.lastCommit().orElseThrow());
        assertEquals("disk is read-only", writer.failure().orElseThrow());

        writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("counted", 3, 1), 1);
        assertEquals(4, writer.committedRows());
        assertTrue(writer.failure().isEmpty());
    }

    @Test
    void itsObserverLearnsTheCommittedRowsOfEachKindAndEachCommitsTime() {
        List<String> committed = new ArrayList<>();
        List<Duration> times = new ArrayList<>();
        writer = new TimeseriesWriter(dataSource, Thread::new, 1, 100, 100, Duration.ofSeconds(30), Clock.systemUTC(),
                new TimeseriesWriter.Observer() {
                    @Override
                    public void committed(String kind, int rows) {
                        committed.add(kind + " " + rows);
                    }

                    @Override
                    public void commitTook(Duration took) {
                        times.add(took);
                    }
                }, TimeseriesDialect.SQLITE);

        writer.write("energy", NO_DAYS, List.of(), SqliteFiles.readings("observed", 0, 3), 3);
        assertThrows(StoreUnavailableException.class,
                () -> writer.write("weather", NO_DAYS, List.of(), connection -> { throw new IllegalStateException("refused"); }, 2));
        writer.write("weather", NO_DAYS, List.of(), SqliteFiles.readings("observed", 3, 1), 1);

        // Seen here without locks: a write returns only after the writer's thread told the observer.
        assertEquals(List.of("energy 3", "weather 1"), committed, "a failed write is no ingested reading");
        assertEquals(2, times.size());
        assertTrue(times.stream().noneMatch(Duration::isNegative));
    }

    @Test
    void closeRefusesFurtherWritesAndStopsTheThread() {
        writer = SqliteFiles.writer(dataSource);
        writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("before", 0, 1), 1);

        writer.close();

        assertFalse(writer.isRunning());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThrows(StoreUnavailableException.class, () -> writer.write("test", NO_DAYS, List.of(), SqliteFiles.readings("after", 0, 1), 1)));
        assertEquals(1, count("SELECT COUNT(*) FROM energy_timeseries"));
    }

    private void awaitQueued(int writes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writer.queuedWrites() < writes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + writer.queuedWrites() + " of " + writes + " writes queued");
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return SqliteFiles.longValue(dataSource, sql);
    }
}
