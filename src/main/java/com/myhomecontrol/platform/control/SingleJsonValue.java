package com.myhomecontrol.platform.control;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.io.Reader;

/** One JSON value and nothing after it. */
public final class SingleJsonValue {

    private SingleJsonValue() {
    }

    /**
     * The value the reader holds; throws the parser's JsonException when it is not valid JSON or
     * when anything but whitespace follows it, which would otherwise be dropped silently.
     */
    public static JsonValue read(Reader reader) {
        try (JsonParser parser = JsonProviders.JSON.createParser(reader)) {
            parser.next();
            JsonValue value = parser.getValue();
            parser.hasNext();
            return value;
        }
    }
}
