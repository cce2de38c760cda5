package com.myhomecontrol.platform.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import tools.jackson.core.JsonGenerator;

/**
 * JSON-P values (the media's documents, as the journal and JSONB keep them) written into a
 * streamed answer's generator; numbers keep their text.
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static void write(JsonGenerator json, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                json.writeStartObject();
                ((JsonObject) value).forEach((name, member) -> {
                    json.writeName(name);
                    write(json, member);
                });
                json.writeEndObject();
            }
            case ARRAY -> {
                json.writeStartArray();
                ((JsonArray) value).forEach(item -> write(json, item));
                json.writeEndArray();
            }
            case STRING -> json.writeString(((JsonString) value).getString());
            case NUMBER -> json.writeNumber(value.toString());
            case TRUE -> json.writeBoolean(true);
            case FALSE -> json.writeBoolean(false);
            case NULL -> json.writeNull();
        }
    }
}
