package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The stores' levels as gauges, read when scraped: the time-series store's size and WAL, the writer's
 * queue, the PostgreSQL pool and the journal entries waiting to be replayed. A figure that is unknown
 * (the pool before its first use, or without PostgreSQL; the size while PostgreSQL is away) is NaN.
 */
@ApplicationScoped
public class StoreGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    TimeseriesSize size;

    @Inject
    TimeseriesWriter writer;

    @Inject
    PostgresPool pool;

    @Inject
    MediaStoreFigures media;

    void register(@Observes Startup startup) {
        registry.gauge(bytes("timeseries_file", "Size of the time-series store: the SQLite file, or the tables of its PostgreSQL schema"),
                size, StoreGauges::bytesOrNaN);
        registry.gauge(bytes("timeseries_wal", "Size of the SQLite write-ahead log (0 on PostgreSQL, whose log is the whole server's)"),
                size, TimeseriesSize::walBytes);
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

    /** A scrape while PostgreSQL is away still answers, with the store's size unknown. */
    private static double bytesOrNaN(TimeseriesSize size) {
        try {
            return size.bytes();
        } catch (StoreUnavailableException e) {
            return Double.NaN;
        }
    }

    private static double orNaN(Integer value) {
        return value == null ? Double.NaN : value;
    }
}
