package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaQueryParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final MediaQueryParser query = new MediaQueryParser(new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void limitDefaultsAndBounds() {
        assertEquals(MediaQueryParser.DEFAULT_LIMIT, query.limit(null));
        assertEquals(1, query.limit("1"));
        assertEquals(MediaQueryParser.MAX_LIMIT, query.limit("1000"));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "-1", "1001", "1.5", "ten", ""})
    void refusesALimitOutOfBounds(String limit) {
        assertRefused("limit", () -> query.limit(limit));
    }

    @Test
    void sinceIsGivenOrHoursBeforeNow() {
        assertNull(query.since(null, null));
        assertEquals(NOW.minus(Duration.ofHours(24)), query.since("24", null));
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"), query.since(null, "2026-11-28T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"), query.since(null, "2026-11-28T01:00:00+01:00"));
        assertEquals(Instant.ofEpochSecond(1_764_288_000L), query.since(null, "1764288000"));
    }

    @Test
    void refusesHoursWithSince() {
        assertRefused("hours", () -> query.since("24", "2026-11-28T00:00:00Z"));
    }

    @ParameterizedTest(name = "hours={0}")
    @ValueSource(strings = {"0", "-3", "1.5", "all"})
    void refusesBadHours(String hours) {
        assertRefused("hours", () -> query.since(hours, null));
    }

    @Test
    void refusesATimestampWithoutOffsetNamingIt() {
        assertRefused("since", () -> query.since(null, "2026-11-28T00:00:00"));
        assertRefused("until", () -> query.timestamp("tomorrow", "until"));
    }

    @Test
    void sinceMustComeBeforeUntil() {
        query.requireOrder(NOW.minusSeconds(1), NOW);
        query.requireOrder(null, NOW);
        query.requireOrder(NOW, null);
        assertRefused("since", () -> query.requireOrder(NOW, NOW));
        assertRefused("since", () -> query.requireOrder(NOW.plusSeconds(1), NOW));
    }

    @Test
    void readsAMetadataObject() {
        assertNull(query.document(null, "metadata"));
        assertEquals(MediaSamples.json("{\"person\":true,\"zones\":[1]}"), query.document("{\"person\":true,\"zones\":[1]}", "metadata"));
        assertEquals(MediaSamples.json("{}"), query.document("{}", "details"));
    }

    @ParameterizedTest(name = "metadata={0}")
    @ValueSource(strings = {"[1]", "1", "\"person\"", "null", "{", "{\"a\":1}x", "person=true", "", "{\"a\":\"\\u0000\"}"})
    void refusesMetadataThatIsNotAnObjectNamingIt(String text) {
        assertRefused("metadata", () -> query.document(text, "metadata"));
        assertRefused("details", () -> query.document(text, "details"));
    }

    @Test
    void refusesADocumentOverTheMaximumSize() {
        String large = "{\"p\":\"" + "x".repeat(MediaParser.MAX_DOCUMENT_BYTES) + "\"}";
        assertRefused("metadata", () -> query.document(large, "metadata"));
    }

    @Test
    void aCursorReadsBackAsWritten() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-29T11:00:00.123456Z"), "rec:1:with:colons");
        assertEquals(cursor, query.cursor(Cursors.encode(cursor)));
        assertNull(query.cursor(null));
    }

    @ParameterizedTest(name = "cursor={0}")
    @ValueSource(strings = {"not a cursor!", "", "abc", "MTIz", "eDp5Onp6"})
    void refusesACursorItDidNotGive(String cursor) {
        assertRefused("cursor", () -> query.cursor(cursor));
    }

    @Test
    void refusesACursorWithoutItsId() {
        String twoParts = Base64.getUrlEncoder().withoutPadding().encodeToString("1764400000:0".getBytes(StandardCharsets.UTF_8));
        assertRefused("cursor", () -> query.cursor(twoParts));
    }

    @Test
    void readsConfidenceFlagsTypesAndIds() {
        assertNull(query.confidence(null));
        assertEquals(0.0, query.confidence("0"));
        assertEquals(1.0, query.confidence("1"));
        assertEquals(0.75, query.confidence("0.75"));
        assertTrue(query.flag("TRUE", "emergency_only"));
        assertFalse(query.flag("false", "emergency_only"));
        assertFalse(query.flag(null, "emergency_only"));
        assertEquals(RecordingType.ON_DEMAND, query.recordingType("on_demand"));
        assertNull(query.recordingType(null));
        assertEquals("c".repeat(128), query.id("c".repeat(128), "camera_id"));
        assertNull(query.id(null, "camera_id"));
    }

    @ParameterizedTest(name = "min_confidence={0}")
    @ValueSource(strings = {"-0.01", "1.01", "NaN", "high", ""})
    void refusesAConfidenceOutside0To1(String confidence) {
        assertRefused("min_confidence", () -> query.confidence(confidence));
    }

    @Test
    void refusesOtherBadParametersNamingThem() {
        assertRefused("emergency_only", () -> query.flag("yes", "emergency_only"));
        assertRefused("recording_type", () -> query.recordingType("sometimes"));
        assertRefused("camera_id", () -> query.id("c".repeat(129), "camera_id"));
        assertRefused("analysis_type", () -> query.id(" ", "analysis_type"));
    }

    private static void assertRefused(String field, Executable parse) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, parse);
        assertEquals(field, refused.errors().get(0).field(), refused.getMessage());
    }
}
