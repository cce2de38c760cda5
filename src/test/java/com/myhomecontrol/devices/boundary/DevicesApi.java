package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.myhomecontrol.it.Api.User.VIEWER;

/** What the device tests ask the server and how they start it. */
final class DevicesApi {

    private DevicesApi() {
    }

    /** GET /api/devices, as a viewer. */
    static List<JsonObject> devices() {
        return Api.parse(Api.get("/api/devices", VIEWER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** GET /api/weather/stations, as a viewer: the stored series of each station module. */
    static List<JsonObject> weatherSeries() {
        return Api.parse(Api.get("/api/weather/stations", VIEWER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** An environment with some variables set otherwise. */
    static Map<String, String> with(Map<String, String> environment, String... namesAndValues) {
        Map<String, String> changed = new HashMap<>(environment);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }
}
