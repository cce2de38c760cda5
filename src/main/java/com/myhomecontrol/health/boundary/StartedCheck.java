package com.myhomecontrol.health.boundary;

import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the time-series store is migrated and its writer runs: the writer is made only
 * after the schema is current, so an orchestrator waiting on /health/started waits out the
 * migrations of an upgrade instead of restarting a server that is still migrating. On PostgreSQL
 * that does not answer at start, the start is done without it (readiness stays down until it
 * answers and is migrated): restarting the server would not bring the database back.
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    @Inject
    TimeseriesWriter writer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("timeseries-store-migrated").status(writer.isRunning()).build();
    }
}
