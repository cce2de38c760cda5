package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TimestampParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.750Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-29T11:00:00Z");

    private final TimestampParser parser = new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<FieldError> errors = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void acceptsIsoWithAnOffsetAndEpochSeconds(JsonValue value, Instant expected) {
        assertEquals(expected, parser.parse(value, "[0].timestamp", errors));
        assertEquals(List.of(), errors);
    }

    static Stream<Arguments> acceptsIsoWithAnOffsetAndEpochSeconds() {
        return Stream.of(
                arguments(Json.createValue("2026-11-29T11:00:00Z"), ELEVEN),
                arguments(Json.createValue("2026-11-29T12:00:00+01:00"), ELEVEN),
                arguments(Json.createValue("2026-11-29T06:00:00-05:00"), ELEVEN),
                arguments(Json.createValue("2026-11-29T11:00:00.999999Z"), ELEVEN),
                arguments(Json.createValue(ELEVEN.getEpochSecond()), ELEVEN),
                arguments(Json.createValue(new BigDecimal(ELEVEN.getEpochSecond() + ".999")), ELEVEN),
                arguments(Json.createValue("2000-01-01T00:00:00Z"), TimestampParser.EARLIEST),
                arguments(Json.createValue("2026-11-30T12:00:00.750Z"), Instant.parse("2026-11-30T12:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusesWithTheFieldAndTheReason(JsonValue value, String reason) {
        assertNull(parser.parse(value, "[2].timestamp", errors));

        assertEquals(1, errors.size());
        assertEquals("[2].timestamp", errors.get(0).field());
        assertTrue(errors.get(0).message().contains(reason), errors.get(0).message());
    }

    static Stream<Arguments> refusesWithTheFieldAndTheReason() {
        return Stream.of(
                arguments(Json.createValue("2026-11-29T11:00:00"), "has no offset"),
                arguments(Json.createValue("2026-11-29T11:00"), "has no offset"),
                arguments(Json.createValue("2026-11-29 11:00:00.5"), "has no offset"),
                arguments(Json.createValue("2026-11-29"), "must be ISO-8601 with an offset"),
                arguments(Json.createValue("11:00:00Z"), "must be ISO-8601 with an offset"),
                arguments(Json.createValue("1764414000"), "must be ISO-8601 with an offset"),
                arguments(JsonValue.TRUE, "must be an ISO-8601 string with an offset or epoch seconds"),
                arguments(JsonValue.EMPTY_JSON_ARRAY, "must be an ISO-8601 string with an offset or epoch seconds"),
                arguments(Json.createValue(new BigDecimal("1e400")), "is out of range"),
                arguments(Json.createValue(Long.MAX_VALUE), "is out of range"),
                arguments(Json.createValue(946_684_799L), "is before 2000-01-01T00:00:00Z"),
                arguments(Json.createValue(-1L), "is before"),
                arguments(Json.createValue("2026-11-30T12:00:01Z"), "more than a day in the future"),
                arguments(Json.createValue(NOW.getEpochSecond() * 1000), "more than a day in the future"));
    }

    @Test
    void parametersTakeIsoOrEpochSeconds() {
        assertEquals(ELEVEN, parser.parseParameter("2026-11-29T12:00:00+01:00", "start"));
        assertEquals(ELEVEN, parser.parseParameter(Long.toString(ELEVEN.getEpochSecond()), "start"));
        assertEquals(ELEVEN, parser.parseParameter(ELEVEN.getEpochSecond() + ".5", "start"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2026-11-29T11:00:00", "yesterday", "", "1e9", "99999999999999999999"})
    void refusedParametersNameTheParameter(String text) {
        var e = assertThrows(InvalidInputException.class, () -> parser.parseParameter(text, "end"));

        assertEquals(List.of("end"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void nowIsTheClock() {
        assertEquals(NOW, parser.now());
    }
}
