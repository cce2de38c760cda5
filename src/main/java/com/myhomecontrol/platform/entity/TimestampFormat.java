package com.myhomecontrol.platform.entity;

import jakarta.json.stream.JsonGenerator;

import java.time.Instant;
import java.time.LocalDate;

/** How an answer shows a stored epoch second: ISO-8601 UTC, or epoch seconds as the compatibility endpoints do. */
public enum TimestampFormat {
    ISO,
    EPOCH_SECONDS;

    /** A writer for one answer: it keeps state, so it is not to be shared between answers. */
    public Writer writer() {
        return this == ISO ? new IsoWriter() : (json, name, epochSecond) -> json.write(name, epochSecond);
    }

    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator json, String name, long epochSecond);
    }

    /**
     * Instant.toString, with the date reused while the day stays the same: history points come in time
     * order, and formatting the whole instant cost as much as reading the row.
     */
    private static final class IsoWriter implements Writer {

        private static final long SECONDS_PER_DAY = 86_400;
        private long day = Long.MIN_VALUE;
        private String datePart;

        @Override
        public void write(JsonGenerator json, String name, long epochSecond) {
            json.write(name, format(epochSecond));
        }

        private String format(long epochSecond) {
            long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
            if (epochDay != day) {
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                if (date.getYear() < 0 || date.getYear() > 9999) {
                    return Instant.ofEpochSecond(epochSecond).toString();
                }
                day = epochDay;
                datePart = date + "T";
            }
            int second = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
            char[] time = {digit(second / 36_000), digit(second / 3600 % 10), ':', digit(second % 3600 / 600), digit(second % 600 / 60),
                    ':', digit(second % 60 / 10), digit(second % 10), 'Z'};
            return datePart.concat(new String(time));
        }

        private static char digit(int value) {
            return (char) ('0' + value);
        }
    }
}
