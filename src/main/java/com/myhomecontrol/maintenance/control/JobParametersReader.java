package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job parameters of a start request: a JSON object whose members are texts, numbers or
 * booleans (batch job parameters are texts), or no body at all for a job's defaults.
 */
public final class JobParametersReader {

    private JobParametersReader() {
    }

    public static Map<String, String> read(JsonBodyReader bodies, InputStream body) {
        if (body == null) {
            return Map.of();
        }
        PushbackInputStream content = new PushbackInputStream(body);
        try {
            int first = content.read();
            if (first == -1) {
                return Map.of();
            }
            content.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonBodyReader.Items items = bodies.read(content);
        if (!items.single()) {
            throw new InvalidInputException("body", "must be one JSON object of job parameters, not an array");
        }
        return parameters(items.objects().get(0));
    }

    private static Map<String, String> parameters(JsonObject object) {
        Map<String, String> parameters = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        object.forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> parameters.put(name, ((JsonString) value).getString());
                case NUMBER -> parameters.put(name, ((JsonNumber) value).toString());
                case TRUE, FALSE -> parameters.put(name, String.valueOf(value == JsonValue.TRUE));
                default -> errors.add(new FieldError(name, "must be a text, a number or a boolean"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parameters;
    }
}
