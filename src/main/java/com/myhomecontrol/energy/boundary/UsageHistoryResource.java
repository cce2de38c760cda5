package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyUsageQuery;
import com.myhomecontrol.energy.entity.UsageHistory;
import com.myhomecontrol.energy.entity.UsagePeriod;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** The usage endpoint of the existing dashboards, same path, parameters and shape. */
@Path("energy/usage-history")
@Tag(name = "Compatibility")
@RequestScoped
public class UsageHistoryResource {

    @Inject
    EnergyUsageQuery usage;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Energy per hour or day, as the energy dashboard reads it", description = "day: the last 24 "
            + "hours by hour; week, month: the last 7 or 30 days by day (UTC), also those without readings.")
    public UsageHistory usageHistory(@Parameter(description = "The period", schema = @Schema(
            enumeration = {"day", "week", "month"}, defaultValue = "day")) @QueryParam("period") String period) {
        return usage.usage(UsagePeriod.parse(period), clock.instant());
    }
}
