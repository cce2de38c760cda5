package com.myhomecontrol.health.boundary;

import com.myhomecontrol.health.control.HealthReport;
import com.myhomecontrol.health.control.HealthSampler;
import com.myhomecontrol.health.entity.Health;
import com.myhomecontrol.health.entity.HealthHistory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's health for a dashboard: its figures, status and issues now, and the last day of the figures that change. */
@Path("health")
@Tag(name = "Health", description = "The platform's figures for a health dashboard (MicroProfile Health is at /health)")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthReport report;

    @Inject
    HealthSampler sampler;

    @GET
    @Operation(summary = "The platform's health now", description = "Status healthy, warning or critical with the "
            + "issues behind it, CPU, heap, disk, the stores, devices and the jobs' last runs; opens no PostgreSQL connection.")
    public Health health() {
        return report.now();
    }

    @GET
    @Path("history")
    @Operation(summary = "The last day of the figures that change", description = "A sample a minute since the server "
            + "started: ingest rate, free disk, heap and CPU.")
    public HealthHistory history() {
        return sampler.history();
    }
}
