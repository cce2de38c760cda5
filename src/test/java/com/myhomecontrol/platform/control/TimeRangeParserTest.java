package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeRangeParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.750Z");
    private static final Instant NOW_SECOND = Instant.parse("2026-11-29T12:00:00Z");

    private final TimeRangeParser parser = new TimeRangeParser(new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void withoutParametersTheDefaultHoursEndingWithTheCurrentSecond() {
        assertEquals(new TimeRange(NOW_SECOND.minusSeconds(24 * 3600), NOW_SECOND.plusSeconds(1)),
                parser.parse(null, null, null, 24));
    }

    @Test
    void hoursCountBackFromNow() {
        assertEquals(new TimeRange(NOW_SECOND.minusSeconds(3 * 3600), NOW_SECOND.plusSeconds(1)),
                parser.parse("3", null, null, 24));
        assertEquals(NOW_SECOND.minusSeconds(3600L * TimeRangeParser.MAX_HOURS),
                parser.parse(Integer.toString(TimeRangeParser.MAX_HOURS), null, null, 24).start());
    }

    @ParameterizedTest(name = "hours={0}")
    @ValueSource(strings = {"0", "-1", "87841", "1.5", "abc", "", " 2", "99999999999"})
    void hoursOutsideTheBoundsAreRefused(String hours) {
        assertRefused("hours", () -> parser.parse(hours, null, null, 24));
    }

    @Test
    void parseHoursUsesTheBoundsGiven() {
        assertEquals(7, TimeRangeParser.parseHours("7", 7, 7));
        var e = assertThrows(InvalidInputException.class, () -> TimeRangeParser.parseHours("8", 1, 7));
        assertTrue(e.getMessage().contains("from 1 to 7"), e.getMessage());
    }

    @Test
    void startAndEndInEitherForm() {
        assertEquals(new TimeRange(Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2026-11-29T00:00:00Z")),
                parser.parse(null, "2026-11-28T01:00:00+01:00", Long.toString(Instant.parse("2026-11-29T00:00:00Z").getEpochSecond()), 24));
    }

    @Test
    void startAloneEndsNow() {
        TimeRange range = parser.parse(null, "2026-11-29T00:00:00Z", null, 24);

        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), range.start());
        assertTrue(!range.end().isBefore(NOW) && range.end().isBefore(NOW.plusSeconds(2)), "end " + range.end());
    }

    @Test
    void startAloneCoversTheCurrentSecondLikeHoursDo() {
        // A reading of the current second (stored as 12:00:00) lies before now (12:00:00.750),
        // but the queries compare whole seconds: timestamp < endSecond() leaves it out.
        TimeRange range = parser.parse(null, "2026-11-29T00:00:00Z", null, 24);

        assertTrue(range.endSecond() > NOW_SECOND.getEpochSecond(), "end second " + range.endSecond());
    }

    @Test
    void endWithoutStartIsRefused() {
        assertRefused("start", () -> parser.parse(null, null, "2026-11-29T00:00:00Z", 24));
    }

    @Test
    void hoursWithStartOrEndAreRefused() {
        assertRefused("hours", () -> parser.parse("3", "2026-11-29T00:00:00Z", null, 24));
        assertRefused("hours", () -> parser.parse("3", null, "2026-11-29T00:00:00Z", 24));
    }

    @Test
    void startMustBeBeforeEnd() {
        assertRefused("start", () -> parser.parse(null, "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z", 24));
        assertRefused("start", () -> parser.parse(null, "2026-11-29T00:00:01Z", "2026-11-29T00:00:00Z", 24));
        assertRefused("start", () -> parser.parse(null, "2026-11-29T13:00:00Z", null, 24));
    }

    @Test
    void malformedTimestampsNameTheirParameter() {
        assertRefused("start", () -> parser.parse(null, "2026-11-29T00:00:00", "2026-11-29T01:00:00Z", 24));
        assertRefused("end", () -> parser.parse(null, "2026-11-29T00:00:00Z", "tomorrow", 24));
    }

    private static void assertRefused(String field, Executable parse) {
        var e = assertThrows(InvalidInputException.class, parse);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
    }
}
