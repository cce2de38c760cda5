package com.myhomecontrol.platform.boundary;

import jakarta.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonStreamTest {

    @Test
    void theBodyIsWrittenAsOneJsonText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output(json -> json.writeStartObject().writeNumberProperty("a", 1).writeArrayPropertyStart("b").writeNumber(2.5)
                .writeEndArray().writeEndObject()).write(out);
        assertEquals("{\"a\":1,\"b\":[2.5]}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailurePartWayIsRethrownAndTheAnswerLeftUnfinished() {
        IllegalStateException failure = new IllegalStateException("the store failed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamingOutput output = output(json -> {
            json.writeStartObject().writeArrayPropertyStart("points").writeNumber(1);
            throw failure;
        });

        assertSame(failure, assertThrows(IllegalStateException.class, () -> output.write(out)));
        assertFalse(out.toString(StandardCharsets.UTF_8).endsWith("}"), "never a complete-looking answer");
    }

    @Test
    void aClientThatStopsReadingEndsTheAnswerWithItsIoException() {
        IOException gone = new IOException("Broken pipe");
        OutputStream closedByTheClient = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw gone;
            }
        };
        StreamingOutput output = output(json -> {
            json.writeStartArray();
            for (int i = 0; i < 100_000; i++) {
                json.writeNumber(i);
            }
            json.writeEndArray();
        });

        assertSame(gone, assertThrows(IOException.class, () -> output.write(closedByTheClient)));
    }

    private static StreamingOutput output(JsonStream.Body body) {
        return JsonStream.output(body);
    }
}
