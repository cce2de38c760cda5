package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoMeasure;
import com.myhomecontrol.devices.entity.NetatmoModuleStatus;
import com.myhomecontrol.devices.entity.NetatmoReading;
import com.myhomecontrol.devices.entity.NetatmoStations;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A getstationsdata answer into readings and module status. A module of a type we do not know
 * (not a weather module) is left out; one without dashboard_data is offline and gives no reading.
 */
final class NetatmoStationsParser {

    private final List<NetatmoReading> readings = new ArrayList<>();
    private final List<NetatmoModuleStatus> modules = new ArrayList<>();

    private NetatmoStationsParser() {
    }

    static NetatmoStations parse(JsonObject answer) {
        NetatmoStationsParser parser = new NetatmoStationsParser();
        JsonObject body = answer.getJsonObject("body");
        if (body == null || !body.containsKey("devices")) {
            throw new NetatmoException("getstationsdata answered without body.devices: " + answer.keySet());
        }
        for (JsonObject device : body.getJsonArray("devices").getValuesAs(JsonObject.class)) {
            String stationId = device.getString("_id");
            parser.module(stationId, device, "last_status_store");
            if (device.get("modules") instanceof JsonArray modules) {
                modules.getValuesAs(JsonObject.class).forEach(module -> parser.module(stationId, module, "last_seen"));
            }
        }
        return new NetatmoStations(List.copyOf(parser.readings), List.copyOf(parser.modules));
    }

    private void module(String stationId, JsonObject json, String lastSeenKey) {
        Optional<NetatmoModuleKind> kind = NetatmoModuleKind.of(json.getString("type", ""));
        if (kind.isEmpty()) {
            return;
        }
        String moduleId = json.getString("_id");
        String name = json.getString("module_name", null);
        String moduleType = kind.get().moduleType(name, moduleId);
        JsonObject dashboard = json.getJsonObject("dashboard_data");
        boolean reachable = json.getBoolean("reachable", true);
        boolean online = reachable && dashboard != null && dashboard.containsKey("time_utc");
        modules.add(new NetatmoModuleStatus(stationId, moduleId, name, json.getString("type"), moduleType, reachable, online,
                number(json, lastSeenKey).map(Double::longValue).orElse(null),
                number(json, "battery_percent").map(Double::intValue).orElse(null)));
        if (online) {
            Map<NetatmoMeasure, Double> values = new EnumMap<>(NetatmoMeasure.class);
            for (NetatmoMeasure measure : kind.get().measures()) {
                number(dashboard, measure.dashboardKey()).ifPresent(v -> values.put(measure, v));
            }
            readings.add(NetatmoReading.of(stationId, moduleType, dashboard.getJsonNumber("time_utc").longValue(), values));
        }
    }

    private static Optional<Double> number(JsonObject json, String key) {
        return json.get(key) instanceof JsonNumber n ? Optional.of(n.doubleValue()) : Optional.empty();
    }
}
