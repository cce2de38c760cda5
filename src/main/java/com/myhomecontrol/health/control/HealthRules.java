package com.myhomecontrol.health.control;

import com.myhomecontrol.devices.entity.DeviceState;
import com.myhomecontrol.health.entity.Health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the figures mean: critical when readings cannot be stored (the time-series store cannot be
 * written, or the data folder's disk has under 5 % free); warning for anything a person should look
 * at while everything still gets stored, PostgreSQL being away among them, since the journal takes
 * the media writes then; healthy otherwise. Each problem is one line of {@link Verdict#issues()}.
 */
public final class HealthRules {

    static final double CRITICAL_FREE_DISK_SHARE = 0.05;
    private static final Set<String> NOT_A_PROBLEM = Set.of(DeviceState.ONLINE.label(), DeviceState.PENDING.label());
    private static final Set<String> FAILED_RUNS = Set.of("FAILED", "ABANDONED");

    /**
     * What the rules read: the health figures, why the time-series store cannot be written, media
     * replay fails or the job repository cannot be read (null when nothing is wrong), and each
     * device's status label by device id.
     */
    public record Figures(Health.Disk disk, Health.Timeseries timeseries, String timeseriesProblem,
                          Health.Postgres postgres, Health.Journal journal, String mediaProblem,
                          Map<String, String> deviceStates, Map<String, Health.Job> jobs, String jobsProblem) {
    }

    public record Verdict(String status, List<String> issues) {
    }

    private HealthRules() {
    }

    public static Verdict judge(Figures figures) {
        List<String> critical = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!Health.Timeseries.OK.equals(figures.timeseries().status())) {
            critical.add("The time-series store " + figures.timeseries().path() + " is failing: "
                    + figures.timeseriesProblem());
        }
        Health.Disk disk = figures.disk();
        if (disk.totalBytes() > 0 && disk.freeBytes() < disk.totalBytes() * CRITICAL_FREE_DISK_SHARE) {
            critical.add(String.format(Locale.ROOT, "Only %.1f %% of the disk of %s is free (%d MB of %d MB)",
                    100.0 * disk.freeBytes() / disk.totalBytes(), disk.path(), disk.freeBytes() >> 20, disk.totalBytes() >> 20));
        }
        media(figures, warnings);
        figures.deviceStates().forEach((device, state) -> {
            if (!NOT_A_PROBLEM.contains(state)) {
                warnings.add("Device " + device + " is " + state.replace('_', ' '));
            }
        });
        figures.jobs().forEach((job, run) -> {
            if (run.status() != null && FAILED_RUNS.contains(run.status())) {
                warnings.add("The last run of job " + job + ", started " + run.lastRun() + ", ended " + run.status());
            }
        });
        if (figures.jobsProblem() != null) {
            warnings.add(figures.jobsProblem());
        }
        List<String> issues = new ArrayList<>(critical);
        issues.addAll(warnings);
        String status = !critical.isEmpty() ? Health.CRITICAL : !warnings.isEmpty() ? Health.WARNING : Health.HEALTHY;
        return new Verdict(status, List.copyOf(issues));
    }

    private static void media(Figures figures, List<String> warnings) {
        Health.Postgres postgres = figures.postgres();
        long pending = figures.journal().pending();
        if (Health.Postgres.UNREACHABLE.equals(postgres.status())) {
            warnings.add("PostgreSQL at " + postgres.host() + " is unreachable"
                    + (figures.mediaProblem() == null ? "" : " (" + figures.mediaProblem() + ")")
                    + "; media metadata goes to the journal, " + pending + " entries wait to be replayed once it answers");
            return;
        }
        if (figures.mediaProblem() != null) {
            warnings.add("The media store: " + figures.mediaProblem());
        }
        if (pending > 0) {
            warnings.add(pending + " media journal entries wait to be replayed into PostgreSQL");
        }
    }
}
