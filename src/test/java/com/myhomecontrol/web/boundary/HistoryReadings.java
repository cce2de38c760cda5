package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The readings of the history pages' tests: every minute of the last hour, and every five minutes
 * of two hours three days back, so that the hour and the week show different points.
 */
final class HistoryReadings {

    /** Readings of the last hour, each minute up to now. */
    static final int LAST_HOUR = 60;

    /** The readings to store at one time (epoch seconds); {@code newest} for the last of them. */
    interface ReadingsAt {
        List<JsonObjectBuilder> at(long time, boolean newest);
    }

    private HistoryReadings() {
    }

    /** Stores what {@code readings} gives for each of the times, through the API at {@code path}. */
    static void store(String path, ReadingsAt readings) {
        long now = Instant.now().getEpochSecond();
        long daysBack = now - Duration.ofDays(3).toSeconds();
        JsonArrayBuilder all = Json.createArrayBuilder();
        Stream.concat(LongStream.range(0, 24).mapToObj(step -> daysBack + step * 300),
                        LongStream.range(0, LAST_HOUR).mapToObj(step -> now - (LAST_HOUR - 1 - step) * 60))
                .forEach(time -> readings.at(time, time == now).forEach(all::add));
        assertEquals(200, Api.post(path, all.build().toString(), OPERATOR).statusCode());
    }
}
