package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The time-series writer's commits as metrics: readings ingested per kind, from the API and the polls alike, and commit times. */
@ApplicationScoped
public class TimeseriesMetrics implements TimeseriesWriter.Observer {

    private static final Metadata INGESTED = Metadata.builder().withName("readings_ingested")
            .withDescription("Readings committed to the time-series store, per kind (energy, weather): posted and polled alike").build();
    private static final Metadata COMMIT = Metadata.builder().withName("timeseries_commit").withUnit(MetricUnits.SECONDS)
            .withDescription("Time of one commit of the time-series writer (one group of queued writes)").build();

    @Inject
    MetricRegistry registry;

    private final Map<String, Counter> ingested = new ConcurrentHashMap<>();

    @Override
    public void committed(String kind, int rows) {
        ingested.computeIfAbsent(kind, k -> registry.counter(INGESTED, new Tag("kind", k))).inc(rows);
    }

    @Override
    public void commitTook(Duration took) {
        registry.timer(COMMIT).update(took);
    }
}
