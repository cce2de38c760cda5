package com.myhomecontrol.health.control;

import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.entity.DeviceState;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.health.entity.Health;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers the figures of the health API and lets {@link HealthRules} judge them. */
@ApplicationScoped
public class HealthReport {

    /** States in which the last poll stored nothing. */
    private static final Set<String> OFFLINE = Set.of(DeviceState.OFFLINE.label(), DeviceState.ERROR.label(),
            DeviceState.AUTH_FAILED.label(), DeviceState.RATE_LIMITED.label());

    @Inject
    Clock clock;

    @Inject
    SystemProbe system;

    @Inject
    TimeseriesFigures timeseries;

    @Inject
    MediaStoreFigures media;

    @Inject
    JobFigures jobs;

    @Inject
    HomeDevices devices;

    public Health now() {
        Health.SystemFigures systemFigures = system.figures();
        TimeseriesFigures.Reading store = timeseries.read();
        MediaStoreFigures.Reading mediaStore = media.read();
        // With PostgreSQL away the job repository in it is too: its runs stay as last known.
        JobFigures.Reading runs = jobs.read(!Health.Postgres.UNREACHABLE.equals(mediaStore.postgres().status()));
        List<DeviceStatus> statuses = devices.statuses();
        Map<String, String> states = new LinkedHashMap<>();
        statuses.forEach(device -> states.put(device.deviceId(), device.status()));

        var verdict = HealthRules.judge(new HealthRules.Figures(systemFigures.disk(), store.figures(), store.problem(),
                mediaStore.postgres(), mediaStore.journal(), mediaStore.problem(), states, runs.runs(), runs.problem()));
        return new Health(verdict.status(), clock.instant(), systemFigures,
                new Health.Databases(store.figures(), mediaStore.postgres(), mediaStore.journal()),
                counts(states.values()), runs.runs(), verdict.issues());
    }

    private static Health.Devices counts(Iterable<String> states) {
        int total = 0, online = 0, degraded = 0, offline = 0;
        for (String state : states) {
            total++;
            if (state.equals(DeviceState.ONLINE.label())) {
                online++;
            } else if (state.equals(DeviceState.DEGRADED.label())) {
                degraded++;
            } else if (OFFLINE.contains(state)) {
                offline++;
            }
        }
        return new Health.Devices(total, online, degraded, offline);
    }
}
