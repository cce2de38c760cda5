package com.myhomecontrol.emulation.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static com.myhomecontrol.emulation.control.EmulatorJson.JSON;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug's methods on decrypted JSON, answered from its meter in the plug's own units, as its
 * firmware serves them; multipleRequest answers each inner call on its own.
 */
final class PlugMethods {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double VOLTAGE = 230.0;
    private static final int HOURLY = 60;
    private static final Duration MAX_HOURLY_SPAN = Duration.ofDays(8);

    private final PlugSettings settings;
    private final PlugCounters counters;
    private final EnergyMeter meter;
    private final Instant bootedAt;

    PlugMethods(PlugSettings settings, PlugCounters counters) {
        this.settings = settings;
        this.counters = counters;
        this.meter = new EnergyMeter(settings.profile(), settings.clock(), settings.zone());
        this.bootedAt = settings.clock().instant();
    }

    /** The answer to one decrypted request; a request it cannot read gets -1003 as from a plug. */
    String answer(String requestJson) {
        try {
            return answer(EmulatorJson.object(requestJson)).toString();
        } catch (UnreadableRequestException e) {
            return error(PlugErrorCodes.JSON_DECODE_FAILED).toString();
        }
    }

    static JsonObject error(int errorCode) {
        return JSON.createObjectBuilder().add("error_code", errorCode).build();
    }

    static JsonObject ok(JsonObjectBuilder result) {
        return JSON.createObjectBuilder().add("error_code", 0).add("result", result).build();
    }

    private JsonObject answer(JsonObject request) {
        try {
            String method = request.getString("method");
            counters.call(method);
            Optional<Integer> refusal = settings.firmware().refusal(method);
            if (refusal.isPresent()) {
                return error(refusal.get());
            }
            return dispatch(method, request.containsKey("params") ? request.getJsonObject("params") : JsonValue.EMPTY_JSON_OBJECT);
        } catch (ClassCastException | NullPointerException e) {
            return error(PlugErrorCodes.JSON_DECODE_FAILED);
        }
    }

    private JsonObject dispatch(String method, JsonObject params) {
        return switch (method) {
            case "multipleRequest" -> multipleRequest(params);
            case "component_nego" -> ok(components());
            case "get_device_info" -> ok(deviceInfo());
            case "set_device_info" -> setDeviceInfo(params);
            case "get_energy_usage" -> ok(energyUsage());
            case "get_current_power" -> ok(JSON.createObjectBuilder().add("current_power", Math.round(meter.powerW())));
            case "get_emeter_data" -> ok(emeterData());
            case "get_energy_data" -> energyData(params);
            default -> error(PlugErrorCodes.UNKNOWN_METHOD);
        };
    }

    private JsonObject multipleRequest(JsonObject params) {
        JsonArrayBuilder responses = JSON.createArrayBuilder();
        for (JsonObject request : params.getJsonArray("requests").getValuesAs(JsonObject.class)) {
            JsonObject answer = answer(request);
            JsonObjectBuilder response = JSON.createObjectBuilder().add("method", request.getString("method", ""))
                    .add("error_code", answer.getInt("error_code"));
            if (answer.containsKey("result")) {
                response.add("result", answer.get("result"));
            }
            responses.add(response);
        }
        return ok(JSON.createObjectBuilder().add("responses", responses));
    }

    private JsonObjectBuilder components() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        component(list, "device", 2);
        component(list, "firmware", 2);
        component(list, "quick_setup", 3);
        component(list, "time", 1);
        component(list, "wireless", 1);
        component(list, "schedule", 2);
        component(list, "countdown", 2);
        component(list, "antitheft", 1);
        component(list, "account", 1);
        component(list, "synchronize", 1);
        component(list, "sunrise_sunset", 1);
        component(list, "led", 1);
        component(list, "cloud_connect", 1);
        component(list, "iot_cloud", 1);
        component(list, "device_local_time", 1);
        component(list, "default_states", 1);
        component(list, "energy_monitoring", settings.firmware().energyMonitoringVersion());
        return JSON.createObjectBuilder().add("component_list", list);
    }

    private static void component(JsonArrayBuilder list, String id, int version) {
        list.add(JSON.createObjectBuilder().add("id", id).add("ver_code", version));
    }

    private JsonObjectBuilder deviceInfo() {
        byte[] identity = PlugDigests.sha1(settings.nickname().getBytes(UTF_8));
        PlugFirmware firmware = settings.firmware();
        JsonObjectBuilder info = JSON.createObjectBuilder()
                .add("device_id", HexFormat.of().withUpperCase().formatHex(identity))
                .add("model", firmware.model())
                .add("type", "SMART.TAPOPLUG")
                .add("fw_ver", firmware.version())
                .add("hw_ver", "1.0")
                .add("mac", HexFormat.ofDelimiter("-").withUpperCase().formatHex(identity, 0, 6))
                .add("ip", "127.0.0.1")
                .add("device_on", meter.on())
                .add("on_time", meter.on() ? Duration.between(bootedAt, settings.clock().instant()).toSeconds() : 0)
                .add("nickname", base64(settings.nickname()))
                .add("ssid", base64("MyHome"))
                .add("rssi", -48)
                .add("signal_level", 3);
        if (firmware.reportsOverheat()) {
            info.add("overheat_status", "normal");
        }
        return info;
    }

    private JsonObject setDeviceInfo(JsonObject params) {
        if (params.containsKey("device_on")) {
            meter.switchTo(params.getBoolean("device_on"));
        }
        return ok(JSON.createObjectBuilder());
    }

    private JsonObjectBuilder energyUsage() {
        LocalDateTime local = LocalDateTime.ofInstant(settings.clock().instant(), settings.zone());
        long minutesToday = local.toLocalTime().toSecondOfDay() / 60;
        return JSON.createObjectBuilder()
                .add("today_runtime", minutesToday)
                .add("month_runtime", (local.getDayOfMonth() - 1) * 1440L + minutesToday)
                .add("today_energy", meter.todayWh())
                .add("month_energy", meter.monthWh())
                .add("local_time", LOCAL_TIME.format(local))
                .add("electricity_charge", JSON.createArrayBuilder().add(0).add(0).add(0))
                .add("current_power", Math.round(meter.powerW() * 1000));
    }

    private JsonObjectBuilder emeterData() {
        double watts = meter.powerW();
        double volts = VOLTAGE + 2 * Math.sin(settings.clock().millis() / 600_000.0);
        return JSON.createObjectBuilder()
                .add("power_mw", Math.round(watts * 1000))
                .add("voltage_mv", Math.round(volts * 1000))
                .add("current_ma", Math.round(watts / volts * 1000))
                .add("energy_wh", meter.monthWh());
    }

    private JsonObject energyData(JsonObject params) {
        if (params.getInt("interval", 0) != HOURLY) {
            return error(PlugErrorCodes.PARAMS_ERROR);
        }
        Instant start = Instant.ofEpochSecond(params.getJsonNumber("start_timestamp").longValue());
        Instant end = Instant.ofEpochSecond(params.getJsonNumber("end_timestamp").longValue());
        if (end.isBefore(start) || Duration.between(start, end).compareTo(MAX_HOURLY_SPAN) > 0) {
            return error(PlugErrorCodes.PARAMS_ERROR);
        }
        JsonArrayBuilder data = JSON.createArrayBuilder();
        meter.hourlyWh(start, end).forEach(data::add);
        return ok(JSON.createObjectBuilder()
                .add("local_time", LOCAL_TIME.format(LocalDateTime.ofInstant(settings.clock().instant(), settings.zone())))
                .add("data", data)
                .add("start_timestamp", start.getEpochSecond() - Math.floorMod(start.getEpochSecond(), 3600))
                .add("end_timestamp", end.getEpochSecond())
                .add("interval", HOURLY));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }
}
