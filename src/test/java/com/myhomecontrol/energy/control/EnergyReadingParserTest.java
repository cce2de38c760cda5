package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.myhomecontrol.platform.control.JsonBodies.errors;
import static com.myhomecontrol.platform.control.JsonBodies.fields;
import static com.myhomecontrol.platform.control.JsonBodies.fourth;
import static com.myhomecontrol.platform.control.JsonBodies.items;
import static com.myhomecontrol.platform.control.JsonBodies.object;
import static com.myhomecontrol.platform.control.JsonBodies.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EnergyReadingParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final long ELEVEN = Instant.parse("2026-11-29T11:00:00Z").getEpochSecond();
    private static final Map<String, String> VALID = base();

    private final EnergyReadingParser parser = new EnergyReadingParser(new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static Map<String, String> base() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("device_id", quoted("plug-1"));
        fields.put("timestamp", quoted("2026-11-29T11:00:00Z"));
        fields.put("power_w", "42.5");
        return fields;
    }

    @Test
    void readsEveryField() {
        EnergyReading reading = parseOne(object(VALID, "voltage_v", "230.1", "current_a", "0.19",
                "daily_energy_kwh", "1.25", "monthly_energy_kwh", "30", "power_state", "true"));

        assertEquals("plug-1", reading.getDeviceId());
        assertEquals(ELEVEN, reading.getTimestamp());
        assertEquals(42.5, reading.getPowerW());
        assertEquals(230.1, reading.getVoltageV());
        assertEquals(0.19, reading.getCurrentA());
        assertEquals(1.25, reading.getDailyEnergyKwh());
        assertEquals(30.0, reading.getMonthlyEnergyKwh());
        assertEquals(true, reading.getPowerState());
    }

    @Test
    void absentAndNullMeasurementsAreUnknown() {
        EnergyReading reading = parseOne(object(VALID, "voltage_v", "null"));

        assertEquals(42.5, reading.getPowerW());
        assertNull(reading.getVoltageV());
        assertNull(reading.getCurrentA());
        assertNull(reading.getPowerState());
    }

    @ParameterizedTest(name = "timestamp {0}")
    @MethodSource
    void acceptsEveryTimestampForm(String json, long epochSecond) {
        assertEquals(epochSecond, parseOne(object(VALID, "timestamp", json)).getTimestamp());
    }

    static Stream<Arguments> acceptsEveryTimestampForm() {
        return Stream.of(
                arguments(quoted("2026-11-29T11:00:00Z"), ELEVEN),
                arguments(quoted("2026-11-29T12:00:00+01:00"), ELEVEN),
                arguments(quoted("2026-11-29T11:00:00.999Z"), ELEVEN),
                arguments(Long.toString(ELEVEN), ELEVEN),
                arguments(ELEVEN + ".9", ELEVEN),
                arguments(quoted("2026-11-30T12:00:00Z"), NOW.getEpochSecond() + 86_400)); // exactly a day ahead
    }

    @ParameterizedTest(name = "power_state {0}")
    @MethodSource
    void acceptsEveryPowerStateForm(String json, boolean on) {
        assertEquals(on, parseOne(object(VALID, "power_state", json)).getPowerState());
    }

    static Stream<Arguments> acceptsEveryPowerStateForm() {
        return Stream.of(arguments("true", true), arguments(quoted("on"), true), arguments(quoted("ON"), true),
                arguments("false", false), arguments(quoted("off"), false));
    }

    @Test
    void readsAnArrayInOrder() {
        List<EnergyReading> readings = parser.parse(items("[" + object(VALID, "device_id", quoted("a")) + ","
                + object(VALID, "device_id", quoted("b"), "power_w", null, "power_state", quoted("off")) + "]"));

        assertEquals(List.of("a", "b"), readings.stream().map(EnergyReading::getDeviceId).toList());
        assertNull(readings.get(1).getPowerW());
        assertEquals(false, readings.get(1).getPowerState());
    }

    @Test
    void acceptsAnIdOfExactlyTheMaximumLength() {
        assertEquals(128, parseOne(object(VALID, "device_id", quoted("d".repeat(128)))).getDeviceId().length());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void refusesABadValueNamingTheFieldAndItsIndex(String field, String json, String message) {
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, field, json)));

        assertEquals(List.of("[3]." + field), fields(errors));
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    static Stream<Arguments> refusesABadValueNamingTheFieldAndItsIndex() {
        return Stream.of(
                arguments("device_id", null, "is required"),
                arguments("device_id", "null", "is required"),
                arguments("device_id", quoted(" "), "must not be empty"),
                arguments("device_id", quoted("d".repeat(129)), "at most 128 characters"),
                arguments("device_id", quoted("plug\\u0007"), "control characters"),
                arguments("device_id", "42", "must be a string"),
                arguments("timestamp", null, "is required"),
                arguments("timestamp", quoted("2026-11-29T11:00:00"), "has no offset"),
                arguments("timestamp", quoted("2026-11-29 11:00"), "has no offset"),
                arguments("timestamp", quoted("yesterday"), "must be ISO-8601"),
                arguments("timestamp", quoted(Long.toString(ELEVEN)), "must be ISO-8601"),
                arguments("timestamp", "true", "must be an ISO-8601 string"),
                arguments("timestamp", quoted("2026-11-30T12:00:01Z"), "more than a day in the future"),
                arguments("timestamp", Long.toString(ELEVEN * 1000), "more than a day in the future"),
                arguments("timestamp", quoted("1999-12-31T23:59:59Z"), "is before 2000"),
                arguments("timestamp", "1e400", "out of range"),
                arguments("power_w", quoted("NaN"), "must be a number"),
                arguments("power_w", quoted("42"), "must be a number"),
                arguments("power_w", "1e400", "must be a finite number"),
                arguments("power_w", "-1e400", "must be a finite number"),
                arguments("power_w", "-0.5", "between 0 and 100000"),
                arguments("power_w", "100000.1", "between 0 and 100000"),
                arguments("voltage_v", "1001", "between 0 and 1000"),
                arguments("current_a", "-1", "between 0 and 1000"),
                arguments("daily_energy_kwh", "-0.001", "between 0 and 1000000000"),
                arguments("monthly_energy_kwh", "1e10", "between 0 and 1000000000"),
                arguments("monthly_energy_kwh", "[1]", "must be a number"),
                arguments("power_state", quoted("maybe"), "must be true, false"),
                arguments("power_state", "1", "must be true, false"),
                arguments("powr_w", "1", "is not a known field"));
    }

    @Test
    void refusesAReadingWithoutAnyMeasurement() {
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, "power_w", null)));

        assertEquals(List.of("[3].power_w"), fields(errors));
        assertTrue(errors.get(0).message().startsWith("a reading needs at least one of"), errors.get(0).message());
    }

    @Test
    void refusesAReadingWhoseMeasurementsAreAllNull() {
        // null means "not measured"; a reading of nothing but nulls stores an empty row.
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, "power_w", "null")));

        assertEquals(List.of("[3].power_w"), fields(errors));
    }

    @Test
    void namesEveryErrorOfEveryItem() {
        String json = "[" + object(VALID, "device_id", null) + "," + object(VALID) + ","
                + object(VALID, "power_w", "-1", "extra", "1", "timestamp", quoted("2026-11-29T11:00")) + "]";

        assertEquals(List.of("[0].device_id", "[2].extra", "[2].timestamp", "[2].power_w"), fields(errors(parser::parse, json)));
    }

    @Test
    void aSingleObjectNamesFieldsWithoutAnIndex() {
        assertEquals(List.of("power_w"), fields(errors(parser::parse, object(VALID, "power_w", "-1"))));
    }

    private EnergyReading parseOne(String json) {
        List<EnergyReading> readings = parser.parse(items(json));
        assertEquals(1, readings.size());
        return readings.get(0);
    }
}
