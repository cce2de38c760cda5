package com.myhomecontrol.platform.entity;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

import java.time.Instant;
import java.time.LocalDate;

/** How an answer shows a stored epoch second: ISO-8601 UTC, or epoch seconds as the compatibility endpoints do. */
public enum TimestampFormat {
    ISO,
    EPOCH_SECONDS;

    /** The name of a history point's timestamp, encoded once. */
    public static final SerializableString TIMESTAMP = new SerializedString("timestamp");

    /** A writer for one answer: it keeps state, so it is not to be shared between answers. */
    public Writer writer() {
        return this == ISO ? new IsoWriter() : (json, name, epochSecond) -> {
            json.writeName(name);
            json.writeNumber(epochSecond);
        };
    }

    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator json, SerializableString name, long epochSecond);
    }

    /**
     * Instant.toString, in a buffer whose date is written again only when the day changes: history
     * points come in time order, and formatting the whole instant cost as much as reading the row.
     */
    private static final class IsoWriter implements Writer {

        private static final long SECONDS_PER_DAY = 86_400;
        /** yyyy-MM-ddT */
        private static final int TIME_AT = 11;
        private final char[] text = "0000-00-00T00:00:00Z".toCharArray();
        private long day = Long.MIN_VALUE;

        @Override
        public void write(JsonGenerator json, SerializableString name, long epochSecond) {
            long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
            if (epochDay != day) {
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                if (date.getYear() < 0 || date.getYear() > 9999) {
                    json.writeName(name);
                    json.writeString(Instant.ofEpochSecond(epochSecond).toString());
                    return;
                }
                (date + "T").getChars(0, TIME_AT, text, 0);
                day = epochDay;
            }
            int second = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
            text[TIME_AT] = digit(second / 36_000);
            text[TIME_AT + 1] = digit(second / 3600 % 10);
            text[TIME_AT + 3] = digit(second % 3600 / 600);
            text[TIME_AT + 4] = digit(second % 600 / 60);
            text[TIME_AT + 6] = digit(second % 60 / 10);
            text[TIME_AT + 7] = digit(second % 10);
            json.writeName(name);
            json.writeString(text, 0, text.length);
        }

        private static char digit(int value) {
            return (char) ('0' + value);
        }
    }
}
