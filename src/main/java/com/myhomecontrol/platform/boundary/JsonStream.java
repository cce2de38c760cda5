package com.myhomecontrol.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JSON answer written into the response while it is read from the store, through Jackson's
 * streaming generator, instead of a list of entities handed to JSON-B: the list and the reflection
 * cost more than the read, and the generator writes UTF-8 bytes without a String of each value.
 * Check the request before calling {@link #ok}: once the body is being written the status 200 has
 * gone out. A failure part-way is logged and rethrown, and the body is left unclosed, so the client
 * sees the answer cut off (invalid JSON), never a complete-looking one; a client that stops reading
 * is no failure of the server's and is logged at FINE only.
 */
public final class JsonStream {

    private static final Logger LOG = Logger.getLogger(JsonStream.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes one JSON text into the generator; the generator is closed by {@link JsonStream}. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json);
    }

    private JsonStream() {
    }

    public static Response ok(Body body) {
        return Response.ok(output(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static StreamingOutput output(Body body) {
        return stream -> {
            JsonGenerator json = JSON.createGenerator(stream);
            try {
                body.write(json);
            } catch (JacksonIOException e) {
                // The client went away (a page left, a curl stopped): not the server's failure.
                LOG.log(Level.FINE, "A streamed JSON answer was cut off by its client: {0}", e.getMessage());
                throw e.getCause();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A streamed JSON answer failed part-way; the client gets it cut off", e);
                throw e;
            }
            json.close();
        };
    }
}
