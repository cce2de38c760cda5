package com.myhomecontrol.platform.control;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two servers' writers on one PostgreSQL, each with clients writing the same plugs' readings of the
 * same hours at once: every reading is stored, and the hourly statistics and device summaries kept in
 * the writing transactions count every one, as one writer would.
 */
class ServersWritingAtOnceTest {

    private static final long HOUR = Instant.parse("2026-12-01T10:00:00Z").getEpochSecond();
    private static final List<String> PLUGS = List.of("aircon", "fridge", "tv");
    private static final int CLIENTS_PER_SERVER = 4;
    private static final int WRITES_PER_CLIENT = 30;
    private static final int READINGS_PER_WRITE = 12;

    private DataSource database;
    private final List<TimeseriesWriter> servers = new ArrayList<>();

    @BeforeEach
    void twoServersOnOneDatabase() {
        database = PostgresTimeseries.migratedAround(HOUR, Duration.ofDays(1));
        servers.add(SqliteFiles.writer(database));
        servers.add(SqliteFiles.writer(database));
    }

    @AfterEach
    void stopServers() {
        servers.forEach(TimeseriesWriter::close);
    }

    @Test
    void everyReadingIsStoredAndCountedOnce() throws Exception {
        writeAtOnce(ServersWritingAtOnceTest::readings);
        assertEveryReadingCountedOnce();
    }

    /**
     * Writes of one plug each: a writer's group of them locks the plugs in the order they queued, so
     * two servers' groups can wait for each other; PostgreSQL aborts one and its writer tries again.
     */
    @Test
    void writesThatLockPlugsInOtherOrdersAreAllStoredToo() throws Exception {
        writeAtOnce((client, clients, write) -> readings(client, clients, write).stream()
                .filter(reading -> reading.getDeviceId().equals(PLUGS.get((client + write) % PLUGS.size()))).toList());
        assertEquals(SqliteFiles.longValue(database, "SELECT SUM(reading_count) FROM energy_devices"),
                SqliteFiles.longValue(database, "SELECT COUNT(*) FROM energy_timeseries"));
        assertHourlyStatisticsCountEveryReading();
    }

    private interface Writes {
        List<EnergyReading> of(int client, int clients, int write);
    }

    private void writeAtOnce(Writes of) throws Exception {
        int clients = servers.size() * CLIENTS_PER_SERVER;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                EnergyReadingStore store = new EnergyReadingStore(servers.get(client % servers.size()));
                int self = client;
                writes.add(pool.submit(() -> {
                    for (int write = 0; write < WRITES_PER_CLIENT; write++) {
                        store.store(of.of(self, clients, write));
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void assertEveryReadingCountedOnce() {
        int clients = servers.size() * CLIENTS_PER_SERVER;
        long perPlug = (long) clients * WRITES_PER_CLIENT * READINGS_PER_WRITE / PLUGS.size();
        assertEquals(perPlug * PLUGS.size(), SqliteFiles.longValue(database, "SELECT COUNT(*) FROM energy_timeseries"));
        assertEquals(List.of(3.0, (double) perPlug, (double) perPlug), SqliteFiles.doubles(database,
                "SELECT COUNT(*), MIN(reading_count), MAX(reading_count) FROM energy_devices"));
        assertHourlyStatisticsCountEveryReading();
    }

    private void assertHourlyStatisticsCountEveryReading() {
        assertEquals(0, SqliteFiles.longValue(database, """
                SELECT COUNT(*) FROM (SELECT device_id, timestamp - timestamp % 3600 AS hour_start, COUNT(*) AS n, SUM(power_w) AS s
                                      FROM energy_timeseries GROUP BY 1, 2) raw
                FULL JOIN energy_hourly h USING (device_id, hour_start)
                WHERE h.reading_count IS DISTINCT FROM raw.n OR abs(h.power_sum - raw.s) > 1e-6 OR raw.n IS NULL
                """), "the hourly statistics count every reading");
    }

    /** Each client its own seconds, interleaved with the others', over the same three hours of every plug. */
    private static List<EnergyReading> readings(int client, int clients, int write) {
        List<EnergyReading> readings = new ArrayList<>();
        for (int i = 0; i < READINGS_PER_WRITE; i++) {
            int n = write * READINGS_PER_WRITE + i;
            long second = HOUR + (long) (n / PLUGS.size()) * clients * 3 + client * 3L + n % PLUGS.size();
            readings.add(new EnergyReading(PLUGS.get(n % PLUGS.size()), second, 10.0 + client, null, null, null, null, true));
        }
        return readings;
    }
}
