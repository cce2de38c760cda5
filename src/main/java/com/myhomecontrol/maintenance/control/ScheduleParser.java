package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.maintenance.entity.JobSchedule;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a job's schedule setting: five cron fields (minute hour day-of-month month day-of-week,
 * e.g. {@code 0 3 * * *}), a shorthand ({@code @hourly}, {@code @daily}, {@code @weekly},
 * {@code @monthly}) or {@code off}. Each field is *, a number, a range, a list of those, or, where
 * EJB calendar timers allow increments (minute and hour), {@code * /n} or {@code a-b/n}.
 */
public final class ScheduleParser {

    private static final Map<String, String> SHORTHANDS = Map.of(
            "@hourly", "0 * * * *",
            "@daily", "0 0 * * *",
            "@weekly", "0 0 * * 0",
            "@monthly", "0 0 1 * *");
    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] BOUNDS = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final Pattern VALUE = Pattern.compile("\\d{1,2}");
    private static final Pattern INCREMENT = Pattern.compile("(\\*|\\d{1,2}(-\\d{1,2})?)/\\d{1,2}");

    private ScheduleParser() {
    }

    public static JobSchedule parse(JobDefinition job, String configured) {
        String setting = job.scheduleSetting().orElseThrow();
        String text = configured == null || configured.isBlank() ? job.defaultSchedule().orElseThrow() : configured.strip();
        if (text.equalsIgnoreCase(JobSchedule.OFF)) {
            return new JobSchedule(job.name(), setting, JobSchedule.OFF, null, null);
        }
        String[] fields = SHORTHANDS.getOrDefault(text.toLowerCase(Locale.ROOT), text).split("\\s+");
        if (fields.length != NAMES.length) {
            return problem(job, setting, text, "needs five fields (minute hour day-of-month month day-of-week), "
                    + "a shorthand such as @daily, or off");
        }
        for (int i = 0; i < fields.length; i++) {
            String fieldProblem = checkField(i, fields[i]);
            if (fieldProblem != null) {
                return problem(job, setting, text, "its " + NAMES[i] + " field '" + fields[i] + "' " + fieldProblem);
            }
        }
        return new JobSchedule(job.name(), setting, text, List.of(fields), null);
    }

    private static JobSchedule problem(JobDefinition job, String setting, String text, String reason) {
        return new JobSchedule(job.name(), setting, text, null, setting + " '" + text + "' is not a schedule: " + reason);
    }

    private static String checkField(int field, String text) {
        for (String part : text.split(",", -1)) {
            String partProblem = checkPart(field, part);
            if (partProblem != null) {
                return partProblem;
            }
        }
        return null;
    }

    private static String checkPart(int field, String part) {
        if (part.equals("*")) {
            return null;
        }
        if (INCREMENT.matcher(part).matches()) {
            if (field > 1) {
                return "has an increment, which only the minute and hour fields may have";
            }
            int step = Integer.parseInt(part.substring(part.indexOf('/') + 1));
            return step < 1 ? "has an increment below 1" : checkRange(field, part.substring(0, part.indexOf('/')));
        }
        return checkRange(field, part);
    }

    private static String checkRange(int field, String range) {
        if (range.equals("*")) {
            return null;
        }
        String[] ends = range.split("-", -1);
        if (ends.length > 2) {
            return "is not a number, a range or *";
        }
        for (String end : ends) {
            if (!VALUE.matcher(end).matches()) {
                return "is not a number, a range or *";
            }
            int value = Integer.parseInt(end);
            if (value < BOUNDS[field][0] || value > BOUNDS[field][1]) {
                return "is outside " + BOUNDS[field][0] + "-" + BOUNDS[field][1];
            }
        }
        return null;
    }
}
