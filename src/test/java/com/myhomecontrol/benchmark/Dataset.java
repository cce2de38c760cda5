package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The history the queries run on: 35 plugs read every 10 s for 34 days, over ten million readings,
 * stored through the same writer as live data. Built once, then reused while its description and
 * its reading count still match.
 */
final class Dataset {

    static final int PLUGS = 35;
    static final int INTERVAL_SECONDS = 10;
    static final int DAYS = 34;
    static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    private static final long SEED = 20_261_129L;
    private static final int CLIENTS = 4;
    private static final int BATCH_SIZE = 10_000;

    private final Path file;
    private final List<String> deviceIds;
    private final DatasetBuild build;

    private Dataset(Path file, DatasetBuild build) {
        this.file = file;
        this.deviceIds = household().deviceIds();
        this.build = build;
    }

    /** The cached dataset in {@code directory} when it is complete, else a new one built there. */
    static Dataset obtain(Path directory) throws Exception {
        Path file = directory.resolve("energy-history.db");
        Path record = directory.resolve("energy-history.properties");
        Properties built = read(record);
        if (description().equals(built.getProperty("description")) && Files.exists(file) && storedReadings(file) == readings()) {
            return new Dataset(file, DatasetBuild.reusedFrom(built));
        }
        Files.deleteIfExists(record);
        Dataset dataset = new Dataset(file, DatasetBuild.now(build(file)));
        dataset.record(record);
        return dataset;
    }

    /**
     * A copy of the dataset at {@code database} (anything there before deleted), written through to
     * the disk before it is used: a server started while the kernel still wrote back 735 MB of the
     * copy measured seconds more than one restarted on its own file.
     */
    Path copyTo(Path database) throws IOException {
        SqliteDatabases.delete(database);
        Files.createDirectories(database.getParent());
        Files.copy(file, database);
        try (FileChannel copy = FileChannel.open(database, StandardOpenOption.WRITE)) {
            copy.force(true);
        }
        return database;
    }

    static long readings() {
        return (long) PLUGS * DAYS * 86_400 / INTERVAL_SECONDS;
    }

    static Instant end() {
        return START.plus(Duration.ofDays(DAYS));
    }

    static String description() {
        return String.format("%d simulated smart plugs (%s) read every %d s for %d days from %s: %,d energy readings;"
                        + " daily_energy_kwh resets at UTC midnight, monthly_energy_kwh on the first of the month",
                PLUGS, appliances(),
                INTERVAL_SECONDS, DAYS, START, readings());
    }

    private static String appliances() {
        return String.join(", ", Arrays.stream(ApplianceProfile.values()).map(a -> a.name().toLowerCase().replace('_', ' ')).toList());
    }

    Path file() {
        return file;
    }

    /**
     * Reads the whole file once, so that queries find it in the page cache as a running server finds
     * its history, and time the query rather than the disk: some virtual machines page out files
     * left untouched for a few minutes.
     */
    void readIntoPageCache() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    List<String> deviceIds() {
        return deviceIds;
    }

    DatasetBuild build() {
        return build;
    }

    private static Household household() {
        return new Household("plug", PLUGS, START, INTERVAL_SECONDS, SEED);
    }

    private static Duration build(Path file) throws Exception {
        SQLiteDataSource dataSource = SqliteDatabases.fresh(file);
        Duration elapsed;
        // As in IngestBenchmark: an open connection keeps the WAL between commits, as the server's pool does.
        try (Connection keepsWalOpen = dataSource.getConnection()) {
            try (TimeseriesWriter writer = SqliteDatabases.writer(dataSource)) {
                EnergyReadingStore store = new EnergyReadingStore(writer);
                elapsed = ConcurrentClients.run(CLIENTS, household().batches(readings(), BATCH_SIZE), store::store);
            }
            try (Statement statement = keepsWalOpen.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        return elapsed;
    }

    private static long storedReadings(Path file) throws SQLException {
        try (Connection connection = SqliteDatabases.open(file).getConnection();
             Statement statement = connection.createStatement();
             ResultSet sum = statement.executeQuery("SELECT COALESCE(SUM(reading_count), 0) FROM energy_devices")) {
            return sum.next() ? sum.getLong(1) : 0;
        }
    }

    private void record(Path record) throws IOException {
        try (Writer out = Files.newBufferedWriter(record)) {
            build.properties(description()).store(out, "A complete benchmark dataset; delete this file to rebuild it");
        }
    }

    private static Properties read(Path record) throws IOException {
        Properties built = new Properties();
        if (Files.exists(record)) {
            try (Reader in = Files.newBufferedReader(record)) {
                built.load(in);
            }
        }
        return built;
    }
}
