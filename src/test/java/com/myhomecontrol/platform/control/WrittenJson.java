package com.myhomecontrol.platform.control;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
import java.util.function.Consumer;

/** The text a streamed answer's code writes into a generator, as the server's JsonStream makes one. */
public final class WrittenJson {

    private static final JsonFactory JSON = new JsonFactory();

    private WrittenJson() {
    }

    public static String of(Consumer<JsonGenerator> write) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write.accept(json);
        }
        return text.toString();
    }
}
