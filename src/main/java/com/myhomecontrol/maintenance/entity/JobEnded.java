package com.myhomecontrol.maintenance.entity;

import java.time.Duration;

/** A CDI event: a run of a job ended, {@code completed}, {@code failed} or {@code stopped}, after {@code took}. */
public record JobEnded(String job, String outcome, Duration took) {
}
