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

/** The platform's health for a dashboard: its figures, status and issues now, and the last day of the figures that change. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthReport report;

    @Inject
    HealthSampler sampler;

    @GET
    public Health health() {
        return report.now();
    }

    @GET
    @Path("history")
    public HealthHistory history() {
        return sampler.history();
    }
}
