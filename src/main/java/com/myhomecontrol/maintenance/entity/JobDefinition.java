package com.myhomecontrol.maintenance.entity;

import java.util.Optional;
import java.util.Set;

/**
 * A job of batch-jobs/ as the platform offers it: its name (the job XML's), for a scheduled job the
 * setting that holds its schedule and the schedule it has when that setting is unset, and the job
 * parameters it takes when its XML does not name them (empty: the ones its XML refers to), and
 * whether it has work only with PostgreSQL (its schedule is off in journal mode).
 */
public record JobDefinition(String name, Optional<String> scheduleSetting, Optional<String> defaultSchedule,
                            Optional<Set<String>> parameterNames, boolean needsPostgres) {

    public static JobDefinition scheduled(String name, String scheduleSetting, String defaultSchedule) {
        return new JobDefinition(name, Optional.of(scheduleSetting), Optional.of(defaultSchedule), Optional.empty(), false);
    }

    public static JobDefinition onDemand(String name) {
        return new JobDefinition(name, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public JobDefinition takingParameters(Set<String> names) {
        return new JobDefinition(name, scheduleSetting, defaultSchedule, Optional.of(Set.copyOf(names)), needsPostgres);
    }

    public JobDefinition withPostgresOnly() {
        return new JobDefinition(name, scheduleSetting, defaultSchedule, parameterNames, true);
    }
}
