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

import java.time.Clock;

/** The usage endpoint of the existing dashboards, same path, parameters and shape. */
@Path("energy/usage-history")
@RequestScoped
public class UsageHistoryResource {

    @Inject
    EnergyUsageQuery usage;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public UsageHistory usageHistory(@QueryParam("period") String period) {
        return usage.usage(UsagePeriod.parse(period), clock.instant());
    }
}
