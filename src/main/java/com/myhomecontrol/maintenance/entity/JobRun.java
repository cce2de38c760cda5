package com.myhomecontrol.maintenance.entity;

import java.time.Instant;
import java.util.Map;

/** One execution of a job, as the job repository knows it, with its progress while it runs. */
public record JobRun(long executionId, long instanceId, String status, String exitStatus, Instant started,
                     Instant ended, Map<String, String> parameters, Progress progress) {
}
