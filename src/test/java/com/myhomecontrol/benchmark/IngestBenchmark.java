package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Ingest into a fresh database in process: through the group-commit writer, and the old ways, one commit per reading. */
final class IngestBenchmark {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final int PLUGS = 35;

    private static final String INSERT_OR_REPLACE = """
            INSERT OR REPLACE INTO energy_timeseries (device_id, timestamp, power_w, voltage_v, current_a,
                                                      daily_energy_kwh, monthly_energy_kwh, power_state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private IngestBenchmark() {
    }

    /**
     * {@code clients} threads storing batches of {@code batchSize} through EnergyReadingStore, as
     * concurrent requests do, timed after {@code warmUpReadings} untimed ones, as a running server is warm.
     */
    static Throughput batched(Path file, long warmUpReadings, long readings, int clients, int batchSize) throws Exception {
        Household household = new Household("ingest", PLUGS, START, 10, 1L);
        List<List<EnergyReading>> warmUp = household.prepareBatches(warmUpReadings, batchSize);
        List<List<EnergyReading>> timed = household.prepareBatches(readings, batchSize);
        SQLiteDataSource dataSource = SqliteDatabases.fresh(file);
        // The server's pool keeps connections open; without one open here, every commit would close
        // the last connection, which checkpoints and deletes the WAL.
        try (Connection keepsWalOpen = dataSource.getConnection();
             TimeseriesWriter writer = SqliteDatabases.writer(dataSource)) {
            EnergyReadingStore store = new EnergyReadingStore(writer);
            ConcurrentClients.run(clients, warmUp.iterator(), store::store);
            return new Throughput(readings, ConcurrentClients.run(clients, timed.iterator(), store::store));
        }
    }

    /**
     * The seed's way, as the issue describes it: for every reading a connection of its own, one
     * INSERT OR REPLACE, one commit.
     */
    static Throughput seedStyle(Path file, int readings) throws Exception {
        List<EnergyReading> all = new Household("seed-style", PLUGS, START, 10, 2L).next(readings);
        SQLiteDataSource dataSource = SqliteDatabases.fresh(file);
        long start = System.nanoTime();
        for (EnergyReading reading : all) {
            try (Connection connection = dataSource.getConnection()) {
                insertOrReplace(connection, reading);
            }
        }
        return new Throughput(readings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A kinder baseline: one connection kept open, still one transaction and one fsync per reading. */
    static Throughput onePerCommit(Path file, int readings) throws Exception {
        List<EnergyReading> all = new Household("one-by-one", PLUGS, START, 10, 3L).next(readings);
        try (Connection connection = SqliteDatabases.fresh(file).getConnection()) {
            long start = System.nanoTime();
            for (EnergyReading reading : all) {
                insertOrReplace(connection, reading);
            }
            return new Throughput(readings, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void insertOrReplace(Connection connection, EnergyReading r) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OR_REPLACE)) {
            insert.setString(1, r.getDeviceId());
            insert.setLong(2, r.getTimestamp());
            SqlValues.setDouble(insert, 3, r.getPowerW());
            SqlValues.setDouble(insert, 4, r.getVoltageV());
            SqlValues.setDouble(insert, 5, r.getCurrentA());
            SqlValues.setDouble(insert, 6, r.getDailyEnergyKwh());
            SqlValues.setDouble(insert, 7, r.getMonthlyEnergyKwh());
            SqlValues.setBoolean(insert, 8, r.getPowerState());
            insert.executeUpdate();
        }
    }
}
