package com.myhomecontrol.maintenance.entity;

import jakarta.ejb.ScheduleExpression;

import java.util.List;

/**
 * When a job runs by itself: a cron-like text of five fields (minute, hour, day of month, month,
 * day of week) in the server's time zone, or {@code off}. A schedule that could not be read is
 * kept with its problem, so that the jobs API shows why the job does not run.
 */
public record JobSchedule(String job, String setting, String text, List<String> fields, String problem) {

    public static final String OFF = "off";

    public boolean runs() {
        return fields != null;
    }

    public ScheduleExpression expression() {
        return new ScheduleExpression().second("0").minute(fields.get(0)).hour(fields.get(1))
                .dayOfMonth(fields.get(2)).month(fields.get(3)).dayOfWeek(fields.get(4));
    }
}
