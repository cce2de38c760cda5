package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.it.Folders;
import com.myhomecontrol.benchmark.PacedIngest.Measured;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.TestClock;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The maintenance jobs on the benchmark's dataset of ten million readings, run from their job XML
 * under JBeret as the offline command runs them, while live readings arrive at 10,000 a second
 * through the server's writer: the backup and the longest wait of a write meanwhile, the restore
 * of that set, retention deleting five million readings and the longest wait meanwhile, and the
 * rollup of 30 days of 100 plugs from their raw readings. Writes its section of docs/benchmarks.md.
 */
public final class MaintenanceBenchmark {

    static final String COMMAND = "mvn -Pbenchmark -DskipTests package exec:java -Dbenchmark=maintenance";

    static final int LIVE_READINGS_PER_SECOND = 10_000;
    static final int LIVE_BATCH = 1_000;
    static final int RETAINED_DAYS_OF_DATASET = 17;
    static final int ROLLUP_PLUGS = 100;
    static final int ROLLUP_DAYS = 30;
    static final int ROLLUP_INTERVAL_SECONDS = 60;
    private static final long JOB_TIMEOUT_SECONDS = 3_600;
    static final double STALL_LIMIT_MILLIS = 200;

    private MaintenanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Dataset dataset = Dataset.obtain(settings.directory().resolve("dataset"));
        Path work = settings.directory().resolve("maintenance");
        Folders.deleteTree(work);
        Files.createDirectories(work);
        Path store = work.resolve("timeseries.db");
        Files.copy(dataset.file(), store);
        SchemaMigrations.migrate(SqliteDatabases.open(store), SchemaMigrations.TIMESERIES);

        List<Figure> figures = new ArrayList<>();
        Path set = work.resolve("backups/benchmark");
        figures.addAll(backup(store, set, work));
        figures.addAll(restore(set, work.resolve("restored/timeseries.db")));
        figures.addAll(retention(store));
        figures.addAll(rollup(work.resolve("rollup.db")));

        MaintenanceReport report = new MaintenanceReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin),
                Machine.describe(), figures);
        ReportFile.writeSection(settings.report(), "maintenance", report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.report());
        System.exit(0);
    }

    private static List<Figure> backup(Path store, Path set, Path work) throws Exception {
        long readings = rows(SqliteDatabases.open(store), "SELECT SUM(reading_count) FROM energy_devices");
        Properties parameters = BatchJobs.parameters("backupDir", set.toString(), "timeseriesDb", store.toString(), "keep", "2",
                "journalDir", work.resolve("no-journal").toString(), "devicesFile", work.resolve("no-devices.json").toString(),
                "netatmoTokenFile", work.resolve("no-token").toString());
        Measured run = whileLiveReadingsArrive(store, () -> completed(BatchJobs.run("backup", parameters, JOB_TIMEOUT_SECONDS)));
        String of = String.format(Locale.ROOT, " (%,d readings, %,.0f MB)", readings, Files.size(store) / 1e6);
        return List.of(
                Figure.reported("Backup of the store" + of + " while 10,000 readings/s arrive", run.seconds(), Unit.SECONDS),
                new Figure("Longest write wait during the backup", run.stalls().longestMillis(), Unit.MILLISECONDS,
                        Target.below(STALL_LIMIT_MILLIS)),
                Figure.reported("p99 write wait during the backup", run.stalls().p99Millis(), Unit.MILLISECONDS),
                Figure.reported("Live readings stored during the backup", run.stalls().readings(), Unit.READINGS));
    }

    private static List<Figure> restore(Path set, Path target) throws Exception {
        Duration took = PacedIngest.time(() -> completed(BatchJobs.run("restore", BatchJobs.parameters(
                "set", set.toString(), "parts", "timeseries", "timeseriesDb", target.toString()), JOB_TIMEOUT_SECONDS)));
        return List.of(Figure.reported("Restore of that set (verification, copy, sync, rename)", took.toMillis() / 1000.0, Unit.SECONDS));
    }

    /** Raw readings older than 17 days after the dataset's start go, about half: as if the rollup had summed them. */
    private static List<Figure> retention(Path store) throws Exception {
        DataSource dataSource = SqliteDatabases.open(store);
        Instant now = Instant.now();
        execute(dataSource, "INSERT OR REPLACE INTO rollup_marks VALUES ('energy_5m', " + now.getEpochSecond() + ")");
        Instant cutoff = Dataset.START.plus(Duration.ofDays(RETAINED_DAYS_OF_DATASET));
        long rawDays = ChronoUnit.DAYS.between(cutoff, now);
        Properties parameters = BatchJobs.parameters("timeseriesDb", store.toString(), "rawDays", String.valueOf(rawDays));
        JsonObject[] outcome = new JsonObject[1];
        Measured run = whileLiveReadingsArrive(store,
                () -> outcome[0] = exitStatus(completed(BatchJobs.run("retention", parameters, JOB_TIMEOUT_SECONDS))));
        long deleted = outcome[0].getJsonObject("deleted").getJsonNumber("energy_timeseries").longValue();
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "Retention deleting %,d raw readings while 10,000 readings/s arrive", deleted),
                        run.seconds(), Unit.SECONDS),
                Figure.reported("Retention rate", deleted / run.seconds(), Unit.ROWS_PER_SECOND),
                new Figure("Longest write wait during retention", run.stalls().longestMillis(), Unit.MILLISECONDS,
                        Target.below(STALL_LIMIT_MILLIS)),
                Figure.reported("p99 write wait during retention", run.stalls().p99Millis(), Unit.MILLISECONDS));
    }

    private static List<Figure> rollup(Path file) throws Exception {
        Instant now = Instant.now();
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(ROLLUP_DAYS));
        long readings = (long) ROLLUP_PLUGS * ROLLUP_DAYS * 86_400 / ROLLUP_INTERVAL_SECONDS;
        SQLiteDataSource dataSource = SqliteDatabases.fresh(file);
        try (TimeseriesWriter writer = SqliteDatabases.writer(dataSource)) {
            EnergyReadingStore store = new EnergyReadingStore(writer);
            ConcurrentClients.run(4, new Household("rollup", ROLLUP_PLUGS, start, ROLLUP_INTERVAL_SECONDS, 20_261_203L)
                    .batches(readings, 10_000), store::store);
        }
        TestClock.set(start.plus(Duration.ofDays(ROLLUP_DAYS)));
        Duration took = PacedIngest.time(() -> completed(BatchJobs.run("rollup",
                BatchJobs.parameters("timeseriesDb", file.toString()), JOB_TIMEOUT_SECONDS)));
        long buckets = rows(dataSource, "SELECT COUNT(*) FROM energy_5m");
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "Rollup of %d days of %d plugs read every %d s (%,d readings) into %,d five-minute and %,d hourly rows",
                                ROLLUP_DAYS, ROLLUP_PLUGS, ROLLUP_INTERVAL_SECONDS, readings, buckets,
                                rows(dataSource, "SELECT COUNT(*) FROM energy_hourly")),
                        took.toMillis() / 1000.0, Unit.SECONDS),
                Figure.reported("Rollup rate", readings * 1000.0 / took.toMillis(), Unit.READINGS_PER_SECOND));
    }

    private static Measured whileLiveReadingsArrive(Path store, PacedIngest.ThrowingRunnable job) throws Exception {
        return PacedIngest.whileLiveReadingsArrive(SqliteDatabases.writer(SqliteDatabases.open(store)), Dataset.end(),
                LIVE_READINGS_PER_SECOND, LIVE_BATCH, job);
    }

    static JobExecution completed(JobExecution execution) {
        if (execution.getBatchStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("Job " + execution.getJobName() + " " + execution.getBatchStatus() + ": " + execution.getExitStatus());
        }
        System.out.println(execution.getJobName() + ": " + execution.getExitStatus());
        return execution;
    }

    static JsonObject exitStatus(JobExecution execution) {
        try (var reader = Json.createReader(new StringReader(execution.getExitStatus()))) {
            return reader.readObject();
        }
    }

    private static long rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
