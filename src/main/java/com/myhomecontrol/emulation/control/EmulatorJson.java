package com.myhomecontrol.emulation.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;

/**
 * The emulators' JSON, from a provider looked up once (each static {@code Json.create...} call
 * looks it up again through the ServiceLoader). The emulators keep their own, apart from the
 * platform's, so that they share nothing with the clients they are held against.
 */
final class EmulatorJson {

    static final JsonProvider JSON = JsonProvider.provider();

    private EmulatorJson() {
    }

    /** The JSON object in {@code text}; anything else is an {@link UnreadableRequestException}. */
    static JsonObject object(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new UnreadableRequestException("not a JSON object", e);
        }
    }
}
