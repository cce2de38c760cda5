package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.TestClock;
import com.myhomecontrol.maintenance.entity.CopiedTable;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import com.myhomecontrol.weather.entity.WeatherReading;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static com.myhomecontrol.maintenance.boundary.RetentionJobTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** migrate-timeseries copies a SQLite store into PostgreSQL table by table, resumes after a failure, catches up, and verifies. */
class MigrateTimeseriesJobTest {

    private static final long NOW = Instant.now().getEpochSecond() / 60 * 60;
    private static final long START = NOW - 3 * 86_400;

    @TempDir
    Path directory;

    private DataSource sqlite;
    private TimeseriesWriter writer;
    private DataSource postgres;
    private String targetUrl;

    @BeforeEach
    void fillSqlite() {
        sqlite = SqliteFiles.migrated(directory);
        writer = SqliteFiles.writer(sqlite);
        List<EnergyReading> energy = new ArrayList<>();
        List<WeatherReading> weather = new ArrayList<>();
        for (long t = START; t < NOW - 3600; t += 60) {
            energy.add(new EnergyReading("aircon", t, 100.0 + t % 17, t % 3 == 0 ? 230.5 : null, null, (t - START) * 1e-5, null, t % 2 == 0));
            energy.add(new EnergyReading("fridge", t + 7, 40.0, null, null, null, null, null));
            weather.add(new WeatherReading("station", "NAMain", t, 20.0 + t % 5 * 0.1, 45.0, 600.0, 1013.0, 35.0));
        }
        new EnergyReadingStore(writer).store(energy);
        new WeatherReadingStore(writer).store(weather);
        TestClock.set(Instant.ofEpochSecond(NOW));
        assertEquals(BatchStatus.COMPLETED, BatchJobs.run("rollup", BatchJobs.parameters("timeseriesDb", file())).getBatchStatus());
        execute(sqlite, "INSERT INTO retention_marks VALUES ('energy_5m', " + (START - 86_400) + ")");

        TestPostgres.Server server = TestPostgres.shared();
        String database = server.createDatabase("migrate_timeseries");
        targetUrl = server.url(database) + "?user=" + server.user() + (server.password().isEmpty() ? "" : "&password=" + server.password());
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setUrl(targetUrl);
        target.setCurrentSchema(SchemaMigrations.TIMESERIES_SCHEMA);
        postgres = target;
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void everyTableArrivesAsSqliteHasItAndIsVerified() {
        JobExecution execution = migrate();

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertTrue(execution.getExitStatus().contains("verified 3 series: counts and sums equal"), execution.getExitStatus());
        assertSameTables();
    }

    @Test
    void aFailedRunRestartsAfterItsLastPageAndASecondRunCatchesUpWithWhatCameMeanwhile() throws SQLException {
        migrateSchemaOnly();
        execute(postgres, "CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'this page fails once'; END $$");
        execute(postgres, "CREATE TRIGGER fail_once BEFORE INSERT ON weather_series FOR EACH ROW EXECUTE FUNCTION fail_once()");

        JobExecution failed = migrate();
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertTrue(failed.getExitStatus().contains("this page fails once"), failed.getExitStatus());
        execute(postgres, "DROP TRIGGER fail_once ON weather_series");
        JobExecution restarted = BatchJobs.restart(failed, parameters());
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        assertSameTables();

        Instant firstRun = Instant.ofEpochSecond(NOW - 3600);
        new EnergyReadingStore(writer).store(List.of(
                new EnergyReading("aircon", NOW - 1800, 75.0, null, null, null, null, true),
                new EnergyReading("aircon", START, null, 229.0, null, null, null, null)));
        JobExecution catchUp = migrate("since", firstRun.toString());
        assertEquals(BatchStatus.COMPLETED, catchUp.getBatchStatus(), catchUp.getExitStatus());
        assertEquals(1, SqliteFiles.longValue(postgres, "SELECT COUNT(*) FROM energy_timeseries WHERE timestamp = " + (NOW - 1800)));
        assertEquals(List.of(List.of(230.5)), rows(postgres, "SELECT voltage_v FROM energy_timeseries WHERE device_id = 'aircon'"
                + " AND timestamp = " + START), "a merge before since waits for a run without since");
        assertEquals(BatchStatus.COMPLETED, migrate().getBatchStatus());
        assertSameTables();
    }

    @Test
    void aSeriesTheCopyDoesNotHoldFailsTheVerificationNamingIt() throws SQLException {
        migrateSchemaOnly();
        execute(postgres, "CREATE FUNCTION drop_fridge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.device_id = 'fridge' AND NEW.timestamp = " + (START + 7) + " THEN RETURN NULL; END IF; RETURN NEW; END $$");
        execute(postgres, "CREATE TRIGGER drop_fridge BEFORE INSERT ON energy_timeseries FOR EACH ROW EXECUTE FUNCTION drop_fridge()");

        JobExecution execution = migrate();

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("1 differ") && execution.getExitStatus().contains("energy_timeseries fridge"),
                execution.getExitStatus());
    }

    private void migrateSchemaOnly() {
        SchemaMigrations.migrate(postgres, SchemaMigrations.TIMESERIES_POSTGRESQL, SchemaMigrations.TIMESERIES_SCHEMA);
    }

    private void assertSameTables() {
        for (CopiedTable table : CopiedTable.values()) {
            String query = "SELECT * FROM " + table.table() + " ORDER BY " + String.join(", ", table.key());
            List<List<Object>> expected = rows(sqlite, query);
            assertEquals(expected, rows(postgres, query), table.table());
            assertTrue(!expected.isEmpty() || table == CopiedTable.ENERGY_PENDING || table == CopiedTable.WEATHER_PENDING, table.table());
        }
    }

    /** Numbers as doubles, booleans as 0 and 1: SQLite's types beside PostgreSQL's. */
    private static List<List<Object>> rows(DataSource store, String sql) {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    row.add(value instanceof Number n ? (Object) n.doubleValue() : value instanceof Boolean b ? (Object) (b ? 1.0 : 0.0) : value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private JobExecution migrate(String... more) {
        Properties parameters = parameters();
        parameters.putAll(BatchJobs.parameters(more));
        return BatchJobs.run("migrate-timeseries", parameters);
    }

    private Properties parameters() {
        return BatchJobs.parameters("timeseriesDb", file(), "targetUrl", targetUrl);
    }

    private String file() {
        return directory.resolve("timeseries.db").toString();
    }
}
