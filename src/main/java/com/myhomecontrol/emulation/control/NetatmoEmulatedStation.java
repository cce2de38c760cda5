package com.myhomecontrol.emulation.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.myhomecontrol.emulation.control.EmulatorJson.JSON;

/**
 * An emulated weather station: a main indoor station with an outdoor, an extra indoor ("Bedroom"),
 * a wind and a rain module, and an extra indoor module ("Cellar") that has been out of reach for
 * three days. Values follow the time of day smoothly, so any second gives the same values on every
 * call; the station records every 5 minutes.
 */
class NetatmoEmulatedStation {

    static final long RECORD_SECONDS = 300;
    static final String STATION_ID = "70:ee:50:00:00:01";

    /** A module, its getmeasure types and whether it is within radio reach. */
    record Module(String id, String name, String type, List<String> types, boolean reachable) {
    }

    private static final Duration CELLAR_SILENT = Duration.ofDays(3);
    private static final Map<String, String> DASHBOARD_KEYS = Map.of("temperature", "Temperature",
            "humidity", "Humidity", "co2", "CO2", "pressure", "Pressure", "noise", "Noise",
            "windstrength", "WindStrength", "windangle", "WindAngle", "guststrength", "GustStrength",
            "gustangle", "GustAngle", "rain", "Rain");

    static final List<Module> MODULES = List.of(
            new Module(STATION_ID, "Living room", "NAMain", List.of("temperature", "humidity", "co2", "pressure", "noise"), true),
            new Module("02:00:00:00:00:01", "Garden", "NAModule1", List.of("temperature", "humidity"), true),
            new Module("03:00:00:00:00:01", "Bedroom", "NAModule4", List.of("temperature", "humidity", "co2"), true),
            new Module("05:00:00:00:00:01", "Wind", "NAModule2", List.of("windstrength", "windangle", "guststrength", "gustangle"), true),
            new Module("06:00:00:00:00:01", "Rain", "NAModule3", List.of("rain"), true),
            new Module("03:00:00:00:00:02", "Cellar", "NAModule4", List.of("temperature", "humidity", "co2"), false));

    static Optional<Module> module(String id) {
        return MODULES.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The last second the module recorded by the given time. */
    static long lastRecorded(Module module, long now) {
        long last = now - Math.floorMod(now, RECORD_SECONDS);
        return module.reachable() ? last : last - CELLAR_SILENT.toSeconds();
    }

    static JsonObject stationsData(long now) {
        Module main = MODULES.get(0);
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        MODULES.stream().skip(1).forEach(m -> modules.add(describe(m, now)
                .add("battery_percent", m.reachable() ? 78 : 4).add("rf_status", 62).add("last_seen", lastRecorded(m, now))));
        JsonObject device = describe(main, now).add("station_name", "Home").add("wifi_status", 48)
                .add("last_status_store", lastRecorded(main, now) + 7).add("modules", modules).build();
        JsonObject user = JSON.createObjectBuilder().add("mail", "emulated@example.invalid")
                .add("administrative", JSON.createObjectBuilder().add("unit", 0).add("windunit", 0).add("pressureunit", 0)).build();
        return JSON.createObjectBuilder()
                .add("body", JSON.createObjectBuilder().add("devices", JSON.createArrayBuilder().add(device)).add("user", user))
                .add("status", "ok").add("time_exec", 0.02).add("time_server", now).build();
    }

    private static JsonObjectBuilder describe(Module module, long now) {
        JsonArrayBuilder dataType = JSON.createArrayBuilder();
        module.types().forEach(t -> dataType.add(DASHBOARD_KEYS.get(t)));
        JsonObjectBuilder json = JSON.createObjectBuilder().add("_id", module.id()).add("type", module.type())
                .add("module_name", module.name()).add("reachable", module.reachable()).add("firmware", 200)
                .add("data_type", dataType);
        if (module.reachable()) {
            json.add("dashboard_data", dashboard(module, lastRecorded(module, now)));
        }
        return json;
    }

    private static JsonObjectBuilder dashboard(Module module, long time) {
        JsonObjectBuilder dashboard = JSON.createObjectBuilder().add("time_utc", time);
        module.types().forEach(t -> dashboard.add(DASHBOARD_KEYS.get(t), NetatmoWeather.value(module, t, time)));
        if (module.type().equals("NAMain")) {
            dashboard.add("AbsolutePressure", NetatmoWeather.value(module, "pressure", time) - 12.3)
                    .add("temp_trend", "stable").add("pressure_trend", "stable");
        }
        if (module.type().equals("NAModule3")) {
            dashboard.add("sum_rain_1", NetatmoWeather.rainSince(module, time, Duration.ofHours(1)))
                    .add("sum_rain_24", NetatmoWeather.rainSince(module, time, Duration.ofDays(1)));
        }
        return dashboard;
    }
}
