package com.myhomecontrol.platform.control;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The PostgreSQL time-series schema: its own Flyway history, and the daily partitions of the raw tables. */
class TimeseriesPostgresSchemaTest {

    private static final long DAY = 86_400;
    private static final long FIRST = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();

    private final DataSource store = PostgresTimeseries.migrated(FIRST, FIRST + DAY);

    @Test
    void theSchemaKeepsItsOwnHistoryAtTheVersionsOfTheSqliteScripts() {
        assertEquals("3", SqliteFiles.text(store,
                "SELECT version FROM timeseries.flyway_schema_history WHERE success = TRUE ORDER BY installed_rank DESC LIMIT 1"));
        assertEquals("0", SqliteFiles.text(store, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void partitionsAreDaysNamedByTheirUtcDateAndMadeOnce() {
        assertEquals("energy_timeseries_p20261201", SqliteFiles.text(store,
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'energy_timeseries'::regclass"));
        assertEquals(0, PostgresTimeseries.ensurePartitions(store, "energy_timeseries", FIRST, FIRST + DAY));
        assertEquals(2, PostgresTimeseries.ensurePartitions(store, "energy_timeseries", FIRST + DAY + 3600, FIRST + 2 * DAY + 7200));
        assertEquals(3, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'energy_timeseries'::regclass"));
    }

    @Test
    void serversMakingTheSameDaysAtOnceMakeEachDayOnce() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> ensure = () -> PostgresTimeseries.ensurePartitions(store, "weather_timeseries", FIRST + DAY, FIRST + 11 * DAY);
            List<Future<Integer>> made = servers.invokeAll(List.of(ensure, ensure));
            assertEquals(10, made.get(0).get() + made.get(1).get());
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void aReadingOfADayWithoutItsPartitionIsRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = store.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO energy_timeseries (device_id, timestamp, power_w) VALUES ('plug', ?, 1)")) {
                insert.setLong(1, FIRST + 5 * DAY);
                insert.executeUpdate();
            }
        });
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void onlyTheRawTablesArePartitioned() {
        assertThrows(AssertionError.class, () -> PostgresTimeseries.ensurePartitions(store, "energy_hourly", FIRST, FIRST + DAY));
    }
}
