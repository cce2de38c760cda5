package com.myhomecontrol.health.boundary;

import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the one thread that commits readings runs: without it no write can succeed. */
@Liveness
@ApplicationScoped
public class TimeseriesWriterLivenessCheck implements HealthCheck {

    @Inject
    TimeseriesWriter writer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("timeseries-writer")
                .status(writer.isRunning())
                .withData("queued_writes", writer.queuedWrites())
                .build();
    }
}
