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
    /** Room for deeply nested bodies. */
    private final JsonBodyReader deep = new JsonBodyReader(1_000_000, 3);

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

    @Test
    void nestingUpToTheLimitIsRead() {
        int levels = SingleJsonValue.MAX_DEPTH;
        String arrays = "[".repeat(levels - 1) + "{}" + "]".repeat(levels - 1);
        String objects = "{\"a\":".repeat(levels - 1) + "{}" + "}".repeat(levels - 1);

        var e = assertThrows(InvalidInputException.class, () -> deep.read(bytes(arrays)));
        assertEquals("[0]", e.errors().get(0).field(), "read, then refused for what it holds");
        assertEquals(1, deep.read(bytes(objects)).objects().size());
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {SingleJsonValue.MAX_DEPTH + 1, 10_000, 100_000})
    void nestingBeyondTheLimitIsRefused(int levels) {
        var arrays = assertThrows(InvalidInputException.class, () -> deep.read(bytes("[".repeat(levels) + "]".repeat(levels))));
        var objects = assertThrows(InvalidInputException.class,
                () -> deep.read(bytes("{\"a\":".repeat(levels) + "1" + "}".repeat(levels))));

        for (var e : List.of(arrays, objects)) {
            assertEquals("body", e.errors().get(0).field());
            assertTrue(e.getMessage().contains("more than 64 levels deep"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\ud800", "\\udc00", "x\\ud800", "\\udc00\\ud800", "\\ud83d\\ud83d\\ude00"})
    void anUnpairedSurrogateIsRefusedWhereverItIs(String escaped) {
        assertRejected("{\"id\":\"" + escaped + "\"}", "id", "is not valid Unicode: an unpaired surrogate U+D");
        assertRejected("[{}, {\"doc\":{\"tags\":[\"ok\",\"" + escaped + "\"]}}]", "[1].doc.tags[1]", "is not valid Unicode");
        assertRejected("[{\"doc\":{\"" + escaped + "\":1}}]", "[0].doc", "has a field name that is not valid Unicode");
        assertRejected("{\"" + escaped + "\":1}", "body", "has a field name that is not valid Unicode");
    }

    @Test
    void everyTextThatIsNotUnicodeIsNamed() {
        var e = assertThrows(InvalidInputException.class, () -> read("[{\"a\":\"\\ud800\"}, {\"b\":\"\\udfff\"}]"));

        assertEquals(List.of("[0].a", "[1].b"), e.errors().stream().map(error -> error.field()).toList());
    }

    @Test
    void aSurrogatePairIsOneCharacterAndAccepted() {
        assertEquals("\ud83d\ude00", read("{\"a\":\"\\ud83d\\ude00\"}").objects().get(0).getString("a"));
        assertEquals("\ud83d\ude00", deep.read(bytes("{\"a\":\"\ud83d\ude00\"}")).objects().get(0).getString("a"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ff", "c3", "c0af", "eda080", "edbfbf", "f4908080", "e282"})
    void bytesThatAreNotUtf8AreRefusedNotReplaced(String hex) {
        byte[] prefix = "{\"a\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] body = new byte[prefix.length + bad.length + 2];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';

        var e = assertThrows(InvalidInputException.class, () -> deep.read(new ByteArrayInputStream(body)));
        assertEquals("body", e.errors().get(0).field());
        assertEquals("is not valid UTF-8", e.errors().get(0).message());
    }

    private JsonBodyReader.Items read(String body) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static ByteArrayInputStream bytes(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
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
