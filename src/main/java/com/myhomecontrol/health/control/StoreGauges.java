package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.DatabaseFiles;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.nio.file.Path;

/**
 * The stores' levels as gauges, read when scraped: the SQLite file and its WAL, the writer's queue,
 * the PostgreSQL pool and the journal entries waiting to be replayed. A figure that is unknown (the
 * pool before its first use, or without PostgreSQL) is NaN.
 */
@ApplicationScoped
public class StoreGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    TimeseriesDatabase database;

    @Inject
    TimeseriesWriter writer;

    @Inject
    PostgresPool pool;

    @Inject
    MediaStoreFigures media;

    void register(@Observes Startup startup) {
        Path file = database.file();
        Path wal = DatabaseFiles.walOf(file);
        registry.gauge(bytes("timeseries_file", "Size of the SQLite time-series file"), file, DatabaseFiles::sizeOf);
        registry.gauge(bytes("timeseries_wal", "Size of the SQLite time-series write-ahead log"), wal, DatabaseFiles::sizeOf);
        registry.gauge(count("timeseries_writer_queued_writes", "Writes waiting for the time-series writer"),
                writer, TimeseriesWriter::queuedWrites);
        registry.gauge(count("postgres_pool_in_use", "Connections of the PostgreSQL pool handed out now"),
                pool, p -> orNaN(p.inUse()));
        registry.gauge(count("postgres_pool_size", "Connections the PostgreSQL pool may open (POSTGRES_POOL_MAX)"),
                pool, PostgresPool::size);
        registry.gauge(count("media_journal_pending", "Media journal entries waiting to be replayed into PostgreSQL"),
                media, m -> m.journal().pending());
    }

    private static Metadata bytes(String name, String description) {
        return Metadata.builder().withName(name).withUnit(MetricUnits.BYTES).withDescription(description).build();
    }

    private static Metadata count(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static double orNaN(Integer value) {
        return value == null ? Double.NaN : value;
    }
}
