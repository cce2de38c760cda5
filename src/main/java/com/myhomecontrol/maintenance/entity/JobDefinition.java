package com.myhomecontrol.maintenance.entity;

import java.util.Optional;

/**
 * A job of batch-jobs/ as the platform offers it: its name (the job XML's), and for a scheduled job
 * the setting that holds its schedule and the schedule it has when that setting is unset.
 */
public record JobDefinition(String name, Optional<String> scheduleSetting, Optional<String> defaultSchedule) {

    public static JobDefinition scheduled(String name, String scheduleSetting, String defaultSchedule) {
        return new JobDefinition(name, Optional.of(scheduleSetting), Optional.of(defaultSchedule));
    }

    public static JobDefinition onDemand(String name) {
        return new JobDefinition(name, Optional.empty(), Optional.empty());
    }
}
