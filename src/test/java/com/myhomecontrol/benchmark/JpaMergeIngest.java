package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.entity.EnergyReading;
import jakarta.persistence.EntityManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Ingest through JPA into a fresh database: {@code em.merge} per reading, the only write JPA can
 * express for a reading that may meet a stored key, committed {@code perTransaction} at a time.
 * Merge replaces the whole row; it cannot keep stored fields the way EnergyReadingStore's
 * COALESCE does, and it leaves out the hourly rollup and device summary that store keeps.
 */
final class JpaMergeIngest {

    private JpaMergeIngest() {
    }

    /** Timed after {@code warmUpReadings} untimed ones, as IngestBenchmark.batched is. */
    static Throughput run(Path file, long warmUpReadings, long readings, int perTransaction) throws Exception {
        Household household = new Household("jpa-merge", IngestBenchmark.PLUGS, IngestBenchmark.START, 10, 4L);
        List<List<EnergyReading>> warmUp = household.prepareBatches(warmUpReadings, perTransaction);
        List<List<EnergyReading>> timed = household.prepareBatches(readings, perTransaction);
        // One open connection, as Liberty's pool hands out, which also keeps the WAL between commits.
        try (OpenConnectionDataSource connection = new OpenConnectionDataSource(SqliteDatabases.fresh(file));
             TimeseriesUnit unit = new TimeseriesUnit(connection)) {
            warmUp.forEach(transaction -> merge(unit, transaction));
            long start = System.nanoTime();
            timed.forEach(transaction -> merge(unit, transaction));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            checkStored(unit, warmUpReadings + readings);
            return new Throughput(readings, elapsed);
        }
    }

    /** One entity manager per transaction, as a transaction-scoped persistence context has. */
    private static void merge(TimeseriesUnit unit, List<EnergyReading> readings) {
        EntityManager em = unit.createEntityManager();
        try {
            em.getTransaction().begin();
            readings.forEach(em::merge);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static void checkStored(TimeseriesUnit unit, long expected) {
        EntityManager em = unit.createEntityManager();
        try {
            long stored = em.createQuery("SELECT COUNT(r) FROM EnergyReading r", Long.class).getSingleResult();
            if (stored != expected) {
                throw new IllegalStateException("JPA merge stored " + stored + " readings, not " + expected);
            }
        } finally {
            em.close();
        }
    }
}
