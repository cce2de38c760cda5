package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodyReaderTest {

    private final JsonBodyReader reader = new JsonBodyReader(100, 3);

    @Test
    void aSingleObjectIsOneItemWithoutAnIndex() {
        JsonBodyReader.Items items = read("{\"a\": 1}");

        assertTrue(items.single());
        assertEquals(1, items.objects().get(0).getInt("a"));
        assertEquals("", items.path(0));
    }

    @Test
    void anArrayKeepsItsOrderAndIndexes() {
        JsonBodyReader.Items items = read("[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]");

        assertFalse(items.single());
        assertEquals(List.of(1, 2, 3), items.objects().stream().map(o -> o.getInt("a")).toList());
        assertEquals("[2]", items.path(2));
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String body = "{\"a\":\"" + "x".repeat(100 - 8) + "\"}";
        assertEquals(100, body.length());

        assertEquals(92, read(body).objects().get(0).getString("a").length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"a\": ", "{\"a\" 1}", "[{\"a\": 1},]", "{'a': 1}", "nonsense"})
    void malformedJsonNamesTheBody(String body) {
        assertRejected(body, "body", "is not valid JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"a\": 1}}", "{\"a\": 1} {\"a\": 2}", "[{\"a\": 1}] [{\"a\": 2}]"})
    void contentAfterTheValueIsRefusedNotDropped(String body) {
        assertRejected(body, "body", "is not valid JSON");
    }

    @Test
    void anEmptyBodyNamesTheBody() {
        assertRejected("", "body", "");
    }

    @Test
    void aMissingBodyNamesTheBody() {
        var e = assertThrows(InvalidInputException.class, () -> reader.read(null));
        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void aBodyOverTheByteLimitIsTooLarge() {
        String body = "{\"a\":\"" + "x".repeat(100 - 7) + "\"}";
        assertEquals(101, body.length());

        assertThrows(PayloadTooLargeException.class, () -> read(body));
    }

    @Test
    void aHugeBodyIsRefusedWithoutReadingItAll() {
        CountingStream endless = new CountingStream();

        assertThrows(PayloadTooLargeException.class, () -> reader.read(endless));
        assertTrue(endless.served < 100_000, "read " + endless.served + " bytes");
    }

    @Test
    void moreItemsThanTheLimitAreTooLarge() {
        var e = assertThrows(PayloadTooLargeException.class, () -> read("[{}, {}, {}, {}]"));
        assertTrue(e.getMessage().contains("4 items"), e.getMessage());
    }

    @Test
    void anEmptyArrayIsRefused() {
        assertRejected("[]", "body", "empty");
    }

    @Test
    void anItemThatIsNotAnObjectIsNamed() {
        assertRejected("[{}, 1]", "[1]", "must be a JSON object");
        assertRejected("[{}, {}, [{}]]", "[2]", "must be a JSON object");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"42", "\"text\"", "null", "true"})
    void aBodyThatIsNeitherObjectNorArrayIsRefused(String body) {
        assertRejected(body, "body", "must be a JSON object or an array");
    }

    private JsonBodyReader.Items read(String body) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRejected(String body, String field, String message) {
        var e = assertThrows(InvalidInputException.class, () -> read(body), body);
        assertEquals(1, e.errors().size());
        assertEquals(field, e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains(message), e.errors().get(0).message());
    }

    /** An array that never ends: [{}, {}, {}, ... */
    private static final class CountingStream extends java.io.InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return served == 1 ? '[' : "{},".charAt((int) ((served - 2) % 3));
        }
    }

}
