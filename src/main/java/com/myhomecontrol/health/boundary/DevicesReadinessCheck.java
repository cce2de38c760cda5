package com.myhomecontrol.health.boundary;

import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.entity.DeviceState;
import com.myhomecontrol.devices.entity.DeviceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How many devices are in each state, and which are not online. A device that cannot be read never
 * makes the platform unready: it still serves and stores everything else, and backfills the
 * device once it answers again.
 */
@Readiness
@ApplicationScoped
public class DevicesReadinessCheck implements HealthCheck {

    @Inject
    HomeDevices devices;

    @Override
    public HealthCheckResponse call() {
        List<DeviceStatus> statuses = devices.statuses();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("devices").up()
                .withData("devices", statuses.size());
        for (DeviceState state : DeviceState.values()) {
            response.withData(state.label(), statuses.stream().filter(s -> s.status().equals(state.label())).count());
        }
        String notOnline = statuses.stream()
                .filter(s -> !s.status().equals(DeviceState.ONLINE.label()))
                .map(s -> s.deviceId() + " (" + s.status() + ")")
                .collect(Collectors.joining(", "));
        if (!notOnline.isEmpty()) {
            response.withData("not_online", notOnline);
        }
        return response.build();
    }
}
