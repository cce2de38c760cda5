package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.platform.control.TimeseriesWriter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Live ingestion while a job runs: readings of a household of plugs at a fixed rate, in batches of
 * a fixed size, each stored through the same store and writer as the server's, and how long each
 * write waited for its commit. A write that waits is a stall a client of the server would see.
 */
final class PacedIngest implements AutoCloseable {

    record Stalls(long writes, long readings, double longestMillis, double p99Millis) {
    }

    /** How long a job took, and the waits of the live writes meanwhile. */
    record Measured(double seconds, Stalls stalls) {
    }

    private final EnergyReadingStore store;
    private final Household household;
    private final int readingsPerSecond;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private Future<?> writing;

    PacedIngest(EnergyReadingStore store, Instant from, int readingsPerSecond, int batchSize) {
        this.store = store;
        this.household = new Household("live", Dataset.PLUGS, from, Dataset.INTERVAL_SECONDS, 20_261_202L);
        this.readingsPerSecond = readingsPerSecond;
        this.batchSize = batchSize;
    }

    void start() {
        long interval = TimeUnit.SECONDS.toNanos(1) * batchSize / readingsPerSecond;
        writing = thread.submit(() -> {
            long next = System.nanoTime();
            while (running.get()) {
                var batch = household.next(batchSize);
                long begin = System.nanoTime();
                store.store(batch);
                waits.add(System.nanoTime() - begin);
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            return null;
        });
    }

    /** Until the writes are under way: the first commits of a fresh writer open its connection and files. */
    void awaitWrites(int writes) {
        while (waits.size() < writes) {
            if (writing.isDone()) {
                throw new IllegalStateException("The live readings stopped before " + writes + " writes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** The waits of the writes made since the last call. */
    Stalls take() {
        List<Long> taken;
        synchronized (waits) {
            taken = new ArrayList<>(waits);
            waits.clear();
        }
        Collections.sort(taken);
        if (taken.isEmpty()) {
            return new Stalls(0, 0, 0, 0);
        }
        double longest = taken.get(taken.size() - 1) / 1e6;
        double p99 = taken.get((int) Math.min(taken.size() - 1, Math.ceil(taken.size() * 0.99) - 1)) / 1e6;
        return new Stalls(taken.size(), (long) taken.size() * batchSize, longest, p99);
    }

    @Override
    public void close() throws Exception {
        running.set(false);
        writing.get(1, TimeUnit.MINUTES);
        thread.shutdown();
    }

    /**
     * The job timed while live readings of the dataset's plugs arrive through the writer from
     * {@code from} on, at {@code readingsPerSecond} in batches of {@code batchSize}; closes the writer.
     */
    static Measured whileLiveReadingsArrive(TimeseriesWriter writer, Instant from, int readingsPerSecond, int batchSize,
                                            ThrowingRunnable job) throws Exception {
        try (writer; PacedIngest live = new PacedIngest(new EnergyReadingStore(writer), from, readingsPerSecond, batchSize)) {
            live.start();
            live.awaitWrites(20);
            live.take();
            Duration took = time(job);
            return new Measured(took.toMillis() / 1000.0, live.take());
        }
    }

    static Duration time(ThrowingRunnable work) throws Exception {
        long begin = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
