package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Typed, validated access to the fields of one JSON object. Every rule broken is added to the
 * shared error list under the field's full path, so that one answer names all that is wrong.
 */
public class JsonFields {

    private final JsonObject object;
    private final String path;
    private final List<FieldError> errors;
    private final TimestampParser timestamps;

    public JsonFields(JsonObject object, String path, List<FieldError> errors, TimestampParser timestamps) {
        this.object = object;
        this.path = path;
        this.errors = errors;
        this.timestamps = timestamps;
    }

    public void rejectUnknown(Set<String> known) {
        object.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .forEach(name -> error(name, "is not a known field (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
    }

    public String id(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            error(name, "is required");
            return null;
        }
        if (!(value instanceof JsonString string)) {
            error(name, "must be a string");
            return null;
        }
        return Identifiers.check(string.getString(), path(name), errors);
    }

    public Instant timestamp(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            error(name, "is required");
            return null;
        }
        return timestamps.parse(value, path(name), errors);
    }

    /** A number that may be absent or null (then null), else finite and within [min, max]. */
    public Double number(String name, double min, double max) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            error(name, "must be a number");
            return null;
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            error(name, "must be a finite number");
            return null;
        }
        if (d < min || d > max) {
            error(name, "must be between " + format(min) + " and " + format(max) + ", was " + number);
            return null;
        }
        return d;
    }

    /** A whole number that may be absent or null (then null), else within [min, max]. */
    public Long wholeNumber(String name, long min, long max) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            error(name, "must be a whole number");
            return null;
        }
        BigDecimal n = number.bigDecimalValue();
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(name, "must be between " + min + " and " + max + ", was " + number);
            return null;
        }
        return n.longValueExact();
    }

    /** A string that may be absent or null (then null), else not blank and at most maxLength characters. */
    public String text(String name, int maxLength) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            error(name, "must be a string");
            return null;
        }
        String text = string.getString();
        if (text.isBlank()) {
            error(name, "must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            error(name, "must be at most " + maxLength + " characters, was " + text.length());
            return null;
        }
        return text;
    }

    /** true or false; {@code absent} when missing or null. */
    public boolean bool(String name, boolean absent) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            error(name, "must be true or false");
            return absent;
        }
        return value == JsonValue.TRUE;
    }

    /** A JSON object of at most maxBytes as UTF-8; an empty object when absent or null. */
    public JsonObject object(String name, int maxBytes) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(value instanceof JsonObject nested)) {
            error(name, "must be a JSON object");
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        int bytes = nested.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            error(name, "must be at most " + maxBytes + " bytes as JSON, was " + bytes);
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return nested;
    }

    /** Like {@link #timestamp}, but {@code absent} when the field is missing or null. */
    public Instant timestamp(String name, Instant absent) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL ? absent : timestamps.parse(value, path(name), errors);
    }

    /** true or false, also accepted as "on" or "off"; null when absent. */
    public Boolean onOff(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString s && ("on".equalsIgnoreCase(s.getString()) || "off".equalsIgnoreCase(s.getString()))) {
            return "on".equalsIgnoreCase(s.getString());
        }
        error(name, "must be true, false, \"on\" or \"off\"");
        return null;
    }

    /** Names the field as required when it is absent or null; a value that is there but wrong is reported by its reader. */
    public void require(String name) {
        if (object.getOrDefault(name, JsonValue.NULL) == JsonValue.NULL) {
            error(name, "is required");
        }
    }

    /** A reading without any measurement is a mistake, not an empty update; reported under the first name. */
    public void requireAnyOf(List<String> names) {
        if (names.stream().allMatch(name -> object.getOrDefault(name, JsonValue.NULL) == JsonValue.NULL)) {
            error(names.get(0), "a reading needs at least one of " + String.join(", ", names));
        }
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The field's full path, as errors name it. */
    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
