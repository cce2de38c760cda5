package com.myhomecontrol.platform.control;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The daily partitions of the time series on a real PostgreSQL, made on demand by the writer. */
class DailyPartitionsTest {

    private static final long DAY = RawTableDays.DAY_SECONDS;
    private static final long NOON = Instant.parse("2026-11-30T12:00:00Z").getEpochSecond();

    private DataSource dataSource;
    private TimeseriesWriter writer;
    private EnergyReadingStore store;

    @BeforeEach
    void openStoreWithoutPartitions() {
        dataSource = PostgresTimeseries.migrated(NOON, NOON);
        writer = SqliteFiles.writer(dataSource);
        store = new EnergyReadingStore(writer);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aWriteMakesThePartitionsOfItsDaysAndNoOthers() {
        store.store(List.of(reading(NOON), reading(NOON + 2 * DAY), reading(NOON + 2 * DAY + 60)));

        assertEquals(List.of("energy_timeseries_p20261130", "energy_timeseries_p20261202"), partitions("energy_timeseries"));
        assertEquals(3, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM energy_timeseries"));
    }

    @Test
    void aWriteToADayWhosePartitionWasDroppedSinceMakesItAgain() throws SQLException {
        store.store(List.of(reading(NOON)));
        execute("DROP TABLE energy_timeseries_p20261130");

        store.store(List.of(reading(NOON + 10)));

        assertEquals(List.of("energy_timeseries_p20261130"), partitions("energy_timeseries"));
        assertEquals(1, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM energy_timeseries"));
    }

    @Test
    void serversMakingTheSameDaysAtOnceMakeEachOnce() throws Exception {
        RawTableDays month = RawTableDays.between("weather_timeseries", NOON - DAY / 2, NOON - DAY / 2 + 30 * DAY);
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> made = servers.invokeAll(List.of(
                    () -> ensure(month), () -> ensure(month), () -> ensure(month), () -> ensure(month)));
            for (Future<Void> one : made) {
                one.get();
            }
        } finally {
            servers.shutdown();
        }

        assertEquals(30, partitions("weather_timeseries").size());
    }

    @Test
    void theDaysOfRowsAreTheirUtcDaysEachOnce() {
        RawTableDays days = RawTableDays.of("energy_timeseries", List.of(NOON + DAY, NOON, NOON - 1, NOON + DAY + 5, -1L), Long::longValue);

        assertEquals(List.of(-DAY, NOON - DAY / 2, NOON + DAY / 2), Arrays.stream(days.dayStarts()).boxed().toList());
    }

    private Void ensure(RawTableDays days) throws SQLException {
        TimeseriesDialect.of(TimeseriesStoreKind.POSTGRESQL, dataSource).ensurePartitions(days);
        return null;
    }

    private List<String> partitions(String table) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT inhrelid::regclass::text FROM pg_inherits"
                     + " WHERE inhparent = '" + table + "'::regclass ORDER BY 1")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static EnergyReading reading(long timestamp) {
        return new EnergyReading("plug", timestamp, 100.0, null, null, null, null, true);
    }
}
