package com.myhomecontrol.health.boundary;

import com.myhomecontrol.health.control.TimeseriesProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the time-series database answers, its schema is current and its writer runs. */
@Readiness
@ApplicationScoped
public class TimeseriesReadinessCheck implements HealthCheck {

    @Inject
    TimeseriesProbe probe;

    @Override
    public HealthCheckResponse call() {
        return probe.check("timeseries-store");
    }
}
