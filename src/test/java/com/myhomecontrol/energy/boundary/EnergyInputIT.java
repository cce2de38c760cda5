package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.it.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input is refused with a problem naming the field, and nothing of the request is stored. */
class EnergyInputIT {

    private final String device = "plug-" + UUID.randomUUID();
    private final long now = Instant.now().getEpochSecond();

    static Stream<Arguments> badReadings() {
        return Stream.of(
                Arguments.of("missing device id", "{\"timestamp\":%2$d,\"power_w\":1}", "[1].device_id"),
                Arguments.of("id over 128 characters", "{\"device_id\":\"" + "x".repeat(129) + "\",\"timestamp\":%2$d,\"power_w\":1}", "[1].device_id"),
                Arguments.of("NaN", "{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":\"NaN\"}", "[1].power_w"),
                Arguments.of("infinite number", "{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":1e400}", "[1].power_w"),
                Arguments.of("negative power", "{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":-5}", "[1].power_w"),
                Arguments.of("no offset", "{\"device_id\":\"%1$s\",\"timestamp\":\"2026-01-01T10:00:00\",\"power_w\":1}", "[1].timestamp"),
                Arguments.of("two days ahead", "{\"device_id\":\"%1$s\",\"timestamp\":%3$d,\"power_w\":1}", "[1].timestamp"),
                Arguments.of("unknown field", "{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power\":1}", "[1].power"),
                Arguments.of("no measurement", "{\"device_id\":\"%1$s\",\"timestamp\":%2$d}", "[1].power_w"),
                Arguments.of("not an object", "42", "[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReadings")
    void aBadItemRejectsTheWholeBatch(String why, String badItem, String field) {
        String good = "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":10}".formatted(device, now);
        String bad = badItem.formatted(device, now - 1, now + 2 * 86400);

        assertInvalidField(Api.post("/api/energy/readings", "[" + good + "," + bad + "]", OPERATOR), field);

        assertProblem(Api.get("/api/energy/devices/" + device + "/latest", VIEWER), 404);
    }

    @Test
    void malformedJsonIsRefused() {
        assertInvalidField(Api.post("/api/energy/readings", "{\"device_id\":", OPERATOR), "body");
        assertInvalidField(Api.post("/api/energy/readings", "[]", OPERATOR), "body");
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "[" + "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":1,\"padding\":\"%s\"}"
                .formatted(device, now, "x".repeat((int) Api.MAX_BODY_BYTES)) + "]";
        assertProblem(Api.post("/api/energy/readings", huge, OPERATOR), 413);
    }

    @Test
    void moreThanTenThousandReadingsAreRefused() {
        String body = IntStream.range(0, 10_001)
                .mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":1}".formatted(device, now - i))
                .collect(Collectors.joining(",", "[", "]"));
        assertProblem(Api.post("/api/energy/readings", body, OPERATOR), 413);
        assertProblem(Api.get("/api/energy/devices/" + device + "/latest", VIEWER), 404);
    }

    @Test
    void tenThousandReadingsAreStoredAtOnce() {
        String body = IntStream.range(0, 10_000)
                .mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":1}".formatted(device, now - i))
                .collect(Collectors.joining(",", "[", "]"));
        var response = Api.post("/api/energy/readings", body, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(10_000, Api.object(response).getInt("stored"));
    }
}
