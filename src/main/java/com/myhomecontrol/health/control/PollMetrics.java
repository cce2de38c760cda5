package com.myhomecontrol.health.control;

import com.myhomecontrol.devices.control.PollObserver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Every poll that asked a device, counted per device and outcome. */
@ApplicationScoped
public class PollMetrics implements PollObserver {

    private static final Metadata POLLS = Metadata.builder().withName("device_polls")
            .withDescription("Polls that asked a device, per device and outcome (online, degraded, offline, error, auth_failed,"
                    + " rate_limited, not_stored)").build();

    @Inject
    MetricRegistry registry;

    @Override
    public void polled(String deviceId, String outcome) {
        registry.counter(POLLS, new Tag("device", deviceId), new Tag("outcome", outcome)).inc();
    }
}
