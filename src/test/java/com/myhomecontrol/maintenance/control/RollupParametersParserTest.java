package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RollupParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.entity.TimeRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupParametersParserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:02:00Z");

    @TempDir
    Path directory;

    private Path store;
    private RollupParametersParser parser;

    @BeforeEach
    void createStore() throws IOException {
        store = Files.createFile(directory.resolve("timeseries.db"));
        parser = new RollupParametersParser(JobEnvironment.of(Map.of("HOMECONTROL_DATA_DIR", directory.toString())::get));
    }

    @Test
    void withoutParametersItCatchesUpInTheStoreOfTheDataFolder() {
        RollupParameters parameters = parser.parse(null, "", "", null, NOW);

        assertEquals(TimeseriesStoreRef.sqlite(store), parameters.store());
        assertEquals(Optional.empty(), parameters.rebuild());
    }

    @Test
    void onPostgresqlTheStoreIsThePlatformsDatabaseOrTheUrlGiven() {
        var onPostgres = new RollupParametersParser(JobEnvironment.of(Map.of("TIMESERIES_STORE", "postgresql",
                "POSTGRES_HOST", "db.home", "POSTGRES_DB", "home")::get));

        assertEquals(TimeseriesStoreRef.postgresql("jdbc:postgresql://db.home:5432/home"), onPostgres.parse(null, null, null, null, NOW).store());
        assertEquals(TimeseriesStoreRef.postgresql("jdbc:postgresql://other:5433/x"),
                parser.parse("jdbc:postgresql://other:5433/x", null, null, null, NOW).store());
        assertRefusedBy(new RollupParametersParser(JobEnvironment.of(Map.of("TIMESERIES_STORE", "postgresql")::get)),
                "TIMESERIES_STORE=postgresql needs POSTGRES_HOST");
        assertRefusedBy(new RollupParametersParser(JobEnvironment.of(Map.of("TIMESERIES_STORE", "mysql")::get)),
                "TIMESERIES_STORE must be sqlite or postgresql, not 'mysql'");
    }

    @Test
    void fromAndToAreThePeriodToRebuildAndToDefaultsToNow() {
        assertEquals(Optional.of(new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"))),
                parser.parse(store.toString(), "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "false", NOW).rebuild());
        assertEquals(Optional.of(new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), NOW)),
                parser.parse(null, "2026-11-01T00:00:00Z", null, null, NOW).rebuild());
        assertEquals(Optional.of(new TimeRange(Instant.EPOCH, NOW)), parser.parse(null, null, null, "true", NOW).rebuild());
    }

    @Test
    void aBadParameterIsRefusedNamingIt() {
        assertRefused("Job parameter from", null, "2026-11-01", null, null);
        assertRefused("Job parameter to", null, "2026-11-01T00:00:00Z", "tomorrow", null);
        assertRefused("Job parameter to needs from", null, null, "2026-11-01T00:00:00Z", null);
        assertRefused("Job parameter from must be before to", null, "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", null);
        assertRefused("Job parameter rebuild must be true or false", null, null, null, "yes");
        assertRefused("Job parameter rebuild=true", null, "2026-11-01T00:00:00Z", null, "true");
        assertRefused("Job parameter timeseriesDb", directory.resolve("missing.db").toString(), null, null, null);
    }

    @Test
    void aJobOnSqliteOnlyRefusesToTakeTheOldFileWhenTheTimeSeriesAreInPostgresql() {
        JobEnvironment onPostgres = JobEnvironment.of(Map.of("TIMESERIES_STORE", "postgresql", "POSTGRES_HOST", "db.home",
                "HOMECONTROL_DATA_DIR", directory.toString())::get);

        JobFailedException refused = assertThrows(JobFailedException.class, () -> onPostgres.timeseriesFile(null));
        assertTrue(refused.getMessage().contains("give the job parameter timeseriesDb"), refused.getMessage());
        assertEquals(store, onPostgres.timeseriesFile(store.toString()));
    }

    private static void assertRefusedBy(RollupParametersParser parser, String reason) {
        JobFailedException refused = assertThrows(JobFailedException.class, () -> parser.parse(null, null, null, null, NOW));
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
    }

    private void assertRefused(String reason, String timeseriesDb, String from, String to, String rebuild) {
        JobFailedException refused = assertThrows(JobFailedException.class, () -> parser.parse(timeseriesDb, from, to, rebuild, NOW));
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
    }
}
