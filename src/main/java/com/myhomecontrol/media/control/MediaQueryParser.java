package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.SingleJsonValue;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The query parameters of media listings and analysis searches, each checked and named when wrong. */
public class MediaQueryParser {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

    private final TimestampParser timestamps;

    public MediaQueryParser(TimestampParser timestamps) {
        this.timestamps = timestamps;
    }

    public int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", was \"" + text + "\"");
    }

    /** An optional id; null when absent. */
    public String id(String text, String name) {
        return text == null ? null : Identifiers.require(text, name);
    }

    public boolean flag(String text, String name) {
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, "must be true or false, was \"" + text + "\"");
    }

    public RecordingType recordingType(String text) {
        return text == null ? null : RecordingType.of(text).orElseThrow(() -> new InvalidInputException("recording_type",
                "must be one of " + String.join(", ", RecordingType.labels()) + ", was \"" + text + "\""));
    }

    public MediaKind mediaKind(String text) {
        return text == null ? null : MediaKind.of(text).orElseThrow(() ->
                new InvalidInputException("media_type", "must be recording or snapshot, was \"" + text + "\""));
    }

    /** The start of the range: {@code since}, or {@code hours} before now; never both. */
    public Instant since(String hours, String since) {
        if (hours != null && since != null) {
            throw new InvalidInputException("hours", "cannot be combined with since");
        }
        if (hours != null) {
            return timestamps.now().minus(Duration.ofHours(TimeRangeParser.parseHours(hours, 1, TimeRangeParser.MAX_HOURS)));
        }
        return timestamp(since, "since");
    }

    public Instant timestamp(String text, String name) {
        return text == null ? null : timestamps.parseParameter(text, name);
    }

    public Double confidence(String text) {
        if (text == null) {
            return null;
        }
        try {
            double confidence = Double.parseDouble(text);
            if (confidence >= 0 && confidence <= 1) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        throw new InvalidInputException("min_confidence", "must be a number from 0 to 1, was \"" + text + "\"");
    }

    /** A JSON object that the stored document must contain; null when absent. */
    public JsonObject document(String text, String name) {
        if (text == null) {
            return null;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MediaParser.MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(name, "must be at most " + MediaParser.MAX_DOCUMENT_BYTES + " bytes");
        }
        try {
            // Text after the object would otherwise be dropped silently, widening the filter.
            if (SingleJsonValue.read(new StringReader(text), name) instanceof JsonObject object) {
                if (MediaParser.containsNul(object)) {
                    throw new InvalidInputException(name, MediaParser.NUL_RULE);
                }
                return object;
            }
        } catch (JsonException e) {
            throw new InvalidInputException(name, "must be a JSON object, such as {\"person\":true}: " + e.getMessage());
        }
        throw new InvalidInputException(name, "must be a JSON object, such as {\"person\":true}");
    }

    public Cursor cursor(String text) {
        return Cursors.decode(text);
    }

    /** Checks that since comes before until when both are given. */
    public void requireOrder(Instant since, Instant until) {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidInputException("since", "must be before until");
        }
    }
}
