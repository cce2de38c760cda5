package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON value and nothing after it, at most {@link #MAX_DEPTH} arrays and objects deep, with
 * every string and object key valid Unicode. Every JSON text a request brings, body or
 * parameter, is read here, so these rules hold for everything stored.
 */
public final class SingleJsonValue {

    /**
     * Far deeper than any valid request needs (a batch of recordings is three levels deep, plus
     * what its metadata nests). Parsson's own guard, at 1,000, throws a bare RuntimeException,
     * and the code that walks stored documents recursively overflows the stack below that.
     */
    public static final int MAX_DEPTH = 64;

    private final JsonParser parser;
    private final String name;
    private final List<FieldError> errors = new ArrayList<>();

    private SingleJsonValue(JsonParser parser, String name) {
        this.parser = parser;
        this.name = name;
    }

    /**
     * The value the reader holds. {@code name} names the value in errors and prefixes its members
     * ({@code name.key}, {@code name[0]}); the empty name is the request body, whose members are
     * named {@code key} and {@code [0]}, as JsonFields names them. Throws the parser's
     * JsonException when the text is not JSON or anything but whitespace follows the value,
     * which would otherwise be dropped silently, and InvalidInputException when it breaks a rule.
     */
    public static JsonValue read(Reader reader, String name) {
        try (JsonParser parser = JsonProviders.JSON.createParser(reader)) {
            var single = new SingleJsonValue(parser, name);
            JsonValue value = single.value(parser.next(), name, 0);
            parser.hasNext();
            if (!single.errors.isEmpty()) {
                throw new InvalidInputException(single.errors);
            }
            return value;
        }
    }

    private JsonValue value(Event event, String path, int depth) {
        return switch (event) {
            case START_OBJECT -> object(path, depth + 1);
            case START_ARRAY -> array(path, depth + 1);
            case VALUE_STRING -> JsonProviders.JSON.createValue(checked(parser.getString(), path, "is not valid Unicode"));
            default -> parser.getValue();
        };
    }

    private JsonValue object(String path, int depth) {
        requireDepth(depth);
        JsonObjectBuilder object = JsonProviders.JSON.createObjectBuilder();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = checked(parser.getString(), path, "has a field name that is not valid Unicode");
            String member = path.isEmpty() ? key : path + "." + key;
            object.add(key, value(parser.next(), member, depth));
        }
        return object.build();
    }

    private JsonValue array(String path, int depth) {
        requireDepth(depth);
        JsonArrayBuilder array = JsonProviders.JSON.createArrayBuilder();
        int index = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            array.add(value(event, path + "[" + index++ + "]", depth));
        }
        return array.build();
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(field(name), "nests arrays and objects more than " + MAX_DEPTH + " levels deep");
        }
    }

    private String checked(String text, String path, String rule) {
        UnicodeText.problem(text).ifPresent(problem -> errors.add(new FieldError(field(path), rule + ": " + problem)));
        return text;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
