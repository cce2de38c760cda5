package com.myhomecontrol.benchmark;

import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.TimeseriesDialect;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

/** Time-series databases opened as the server opens its own (liberty/server.xml), written as it writes them. */
final class SqliteDatabases {

    /** The defaults of TimeseriesDatabase: rows per commit, queued writes, commit timeout. */
    static final int MAX_ROWS_PER_COMMIT = 50_000;
    private static final int MAX_QUEUED_WRITES = 1024;
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private SqliteDatabases() {
    }

    /** As liberty/server.xml opens the store. */
    static SQLiteDataSource open(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        dataSource.setJournalMode("WAL");
        dataSource.setSynchronous("FULL");
        dataSource.setBusyTimeout(10_000);
        dataSource.setEnforceForeignKeys(true);
        dataSource.getConfig().setOpenMode(SQLiteOpenMode.NOMUTEX);
        return dataSource;
    }

    /** An empty database at {@code file} with the current schema; whatever was there is deleted. */
    static SQLiteDataSource fresh(Path file) throws IOException {
        delete(file);
        Files.createDirectories(file.toAbsolutePath().getParent());
        SQLiteDataSource dataSource = open(file);
        SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES);
        return dataSource;
    }

    static void delete(Path file) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    static TimeseriesWriter writer(SQLiteDataSource dataSource) {
        return new TimeseriesWriter(dataSource, Executors.defaultThreadFactory(), 1, MAX_ROWS_PER_COMMIT, MAX_QUEUED_WRITES, WRITE_TIMEOUT, Clock.systemUTC(), TimeseriesWriter.Observer.NONE, TimeseriesDialect.SQLITE);
    }
}
