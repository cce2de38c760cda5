package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Request bodies for parser tests, written as JSON text and read as the resources read them. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonBodyReader.Items items(String json) {
        return new JsonBodyReader(1_000_000, 1_000).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A JSON object: {@code base} (field name to raw JSON value) with the changes applied, given
     * as pairs of field name and raw JSON value; a null value removes the field.
     */
    public static String object(Map<String, String> base, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                fields.remove(changes[i]);
            } else {
                fields.put(changes[i], changes[i + 1]);
            }
        }
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON array of {@code valid} three times followed by {@code fourth}: the fourth has index 3. */
    public static String fourth(String valid, String fourth) {
        return "[" + valid + "," + valid + "," + valid + "," + fourth + "]";
    }

    /** The errors a parser names for a body it must refuse. */
    public static List<FieldError> errors(Consumer<JsonBodyReader.Items> parser, String json) {
        JsonBodyReader.Items items = items(json);
        return assertThrows(InvalidInputException.class, () -> parser.accept(items), json).errors();
    }

    /** The fields named by the errors, in order. */
    public static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    /** A quoted JSON string. */
    public static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
