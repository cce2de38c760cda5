package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.PayloadTooLargeException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a request body that holds one JSON object or an array of them, within the size and item
 * limits, and names what is wrong when it is not.
 */
public class JsonBodyReader {

    private final long maxBytes;
    private final int maxItems;

    public JsonBodyReader(long maxBytes, int maxItems) {
        this.maxBytes = maxBytes;
        this.maxItems = maxItems;
    }

    /** The objects of the body; {@code single} tells whether the body was one object, not an array. */
    public record Items(List<JsonObject> objects, boolean single) {

        /** The JSON path of item {@code index} as a client would name it. */
        public String path(int index) {
            return single ? "" : "[" + index + "]";
        }
    }

    public Items read(InputStream body) {
        JsonValue value = parse(body);
        if (value instanceof JsonObject object) {
            return new Items(List.of(object), true);
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("body", "must be a JSON object or an array of objects");
        }
        if (array.isEmpty()) {
            throw new InvalidInputException("body", "the array is empty");
        }
        if (array.size() > maxItems) {
            throw new PayloadTooLargeException("The array holds " + array.size()
                    + " items; at most " + maxItems + " are accepted in one request");
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("[" + i + "]", "must be a JSON object");
            }
        }
        return new Items(array.getValuesAs(JsonObject.class), false);
    }

    /** The body as UTF-8 text, which fails with 413 beyond the size limit. */
    public Reader text(InputStream body) {
        if (body == null) {
            throw new InvalidInputException("body", "is missing");
        }
        // A decoder of its own, since a reader's default one turns bytes that are no UTF-8 into U+FFFD silently.
        return new InputStreamReader(new LimitedInputStream(body, maxBytes), StandardCharsets.UTF_8.newDecoder());
    }

    private JsonValue parse(InputStream body) {
        Reader text = text(body);
        try {
            return SingleJsonValue.read(text, "");
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + describe(e));
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidInputException("body", "is not valid UTF-8");
            }
            throw new InvalidInputException("body", "is not valid JSON: " + e.getMessage());
        }
    }

    /** Parsson reports a body that ends too early with a wrong position and wrong expected tokens. */
    private static String describe(JsonParsingException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Invalid token=EOF") ? "the body ends before the JSON value is complete" : message;
    }
}
