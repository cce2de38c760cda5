package com.myhomecontrol.emulation.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.myhomecontrol.emulation.control.EmulatorJson.JSON;

/**
 * A getmeasure answer: the module's records from date_begin to date_end at the scale asked
 * (at most limit, capped at 1,024), as {"<time>":[values]} with optimize=false or as
 * [{"beg_time","step_time","value"}] otherwise, which is Netatmo's default.
 */
final class NetatmoMeasureAnswer {

    private static final int MAX_LIMIT = 1024;
    private static final Map<String, Long> SCALES = Map.of("max", NetatmoEmulatedStation.RECORD_SECONDS,
            "30min", 1800L, "1hour", 3600L, "3hours", 10_800L, "1day", 86_400L);

    private NetatmoMeasureAnswer() {
    }

    static JsonObject of(Map<String, String> query, long now) throws NetatmoApiError {
        if (!NetatmoEmulatedStation.STATION_ID.equals(query.get("device_id"))) {
            throw new NetatmoApiError(404, 9, "Device not found");
        }
        NetatmoEmulatedStation.Module module = NetatmoEmulatedStation
                .module(query.getOrDefault("module_id", NetatmoEmulatedStation.STATION_ID))
                .orElseThrow(() -> new NetatmoApiError(404, 9, "Device not found"));
        Long step = SCALES.get(query.get("scale"));
        List<String> types = Arrays.asList(query.getOrDefault("type", "").toLowerCase(Locale.ROOT).split(","));
        if (step == null || !module.types().containsAll(types)) {
            throw new NetatmoApiError(400, 21, "Invalid argument: scale or type");
        }
        long begin = number(query, "date_begin", 0);
        long end = Math.min(number(query, "date_end", now), NetatmoEmulatedStation.lastRecorded(module, now));
        int limit = (int) Math.min(number(query, "limit", MAX_LIMIT), MAX_LIMIT);
        long first = Math.floorDiv(begin + step - 1, step) * step;
        JsonObjectBuilder points = JSON.createObjectBuilder();
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        int count = 0;
        for (long time = first; time <= end && count < limit; time += step, count++) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            for (String type : types) {
                values.add(NetatmoWeather.value(module, type, time));
            }
            JsonArray row = values.build();
            points.add(Long.toString(time), row);
            rows.add(row);
        }
        JsonValue body = count == 0 ? JsonValue.EMPTY_JSON_ARRAY
                : "false".equals(query.get("optimize")) ? points.build()
                : JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("beg_time", first).add("step_time", step).add("value", rows)).build();
        return JSON.createObjectBuilder().add("body", body).add("status", "ok").build();
    }

    private static long number(Map<String, String> query, String name, long otherwise) throws NetatmoApiError {
        String value = query.get(name);
        try {
            return value == null ? otherwise : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NetatmoApiError(400, 21, "Invalid argument: " + name);
        }
    }
}
