package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 32 clients writing at once: every request succeeds and every reading is there. */
class ConcurrentWritersIT {

    static final int WRITERS = 32;
    static final int REQUESTS_EACH = 20;
    static final int READINGS_PER_REQUEST = 50;

    @Test
    void nothingIsLostAndNoWriterFails() throws Exception {
        String prefix = "concurrent-" + UUID.randomUUID() + "-";
        long now = Instant.now().getEpochSecond();
        List<Future<List<Integer>>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                String device = prefix + w;
                results.add(pool.submit(() -> IntStream.range(0, REQUESTS_EACH)
                        .mapToObj(r -> Api.post("/api/energy/readings", batch(device, now - r * READINGS_PER_REQUEST), OPERATOR).statusCode())
                        .toList()));
            }
            for (Future<List<Integer>> result : results) {
                assertEquals(List.of(), result.get().stream().filter(status -> status != 200).toList());
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> devices = Api.parse(Api.get("/api/energy/devices", VIEWER)).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("device_id").startsWith(prefix)).toList();
        assertEquals(WRITERS, devices.size());
        devices.forEach(d -> assertEquals(REQUESTS_EACH * READINGS_PER_REQUEST, d.getInt("reading_count"), d.toString()));
    }

    private static String batch(String device, long newest) {
        return IntStream.range(0, READINGS_PER_REQUEST)
                .mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":%d}".formatted(device, newest - i, i))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
