package com.myhomecontrol.platform.entity;

import jakarta.json.stream.JsonGenerator;

import java.time.Instant;

/** How an answer shows a stored epoch second: ISO-8601 UTC, or epoch seconds as the compatibility endpoints do. */
public enum TimestampFormat {
    ISO {
        @Override
        public void write(JsonGenerator json, String name, long epochSecond) {
            json.write(name, Instant.ofEpochSecond(epochSecond).toString());
        }
    },
    EPOCH_SECONDS {
        @Override
        public void write(JsonGenerator json, String name, long epochSecond) {
            json.write(name, epochSecond);
        }
    };

    public abstract void write(JsonGenerator json, String name, long epochSecond);
}
