package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.control.Digests;
import com.myhomecontrol.devices.control.TapoErrorCodes;
import com.myhomecontrol.devices.control.TapoException;
import com.myhomecontrol.devices.control.TapoJson;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The P115's methods on decrypted JSON, answered from its meter in the plug's own units.
 */
final class PlugMethods {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double VOLTAGE = 230.0;
    private static final int HOURLY = 60;
    private static final Duration MAX_HOURLY_SPAN = Duration.ofDays(8);

    private final PlugSettings settings;
    private final EnergyMeter meter;
    private final Instant bootedAt;

    PlugMethods(PlugSettings settings) {
        this.settings = settings;
        this.meter = new EnergyMeter(settings.profile(), settings.clock(), settings.zone());
        this.bootedAt = settings.clock().instant();
    }

    /** The answer to one decrypted request; a request it cannot read gets -1003 as from a plug. */
    String answer(String requestJson) {
        try {
            return dispatch(TapoJson.parse(requestJson));
        } catch (TapoException | ClassCastException | NullPointerException e) {
            return error(TapoErrorCodes.JSON_DECODE_FAILED);
        }
    }

    private String dispatch(JsonObject request) {
        JsonObject params = request.containsKey("params") ? request.getJsonObject("params") : JsonObject.EMPTY_JSON_OBJECT;
        return switch (request.getString("method", "")) {
            case "get_device_info" -> ok(deviceInfo());
            case "set_device_info" -> setDeviceInfo(params);
            case "get_energy_usage" -> ok(energyUsage());
            case "get_current_power" -> ok(JsonProviders.JSON.createObjectBuilder().add("current_power", Math.round(meter.powerW())));
            case "get_emeter_data" -> settings.emeter() ? ok(emeterData()) : error(TapoErrorCodes.UNKNOWN_METHOD);
            case "get_energy_data" -> energyData(params);
            default -> error(TapoErrorCodes.UNKNOWN_METHOD);
        };
    }

    static String error(int errorCode) {
        return JsonProviders.JSON.createObjectBuilder().add("error_code", errorCode).build().toString();
    }

    static String ok(JsonObjectBuilder result) {
        return JsonProviders.JSON.createObjectBuilder().add("error_code", 0).add("result", result).build().toString();
    }

    private JsonObjectBuilder deviceInfo() {
        byte[] identity = Digests.sha1(settings.nickname().getBytes(UTF_8));
        String hex = HexFormat.of().withUpperCase().formatHex(identity);
        return JsonProviders.JSON.createObjectBuilder()
                .add("device_id", hex)
                .add("model", "P115")
                .add("type", "SMART.TAPOPLUG")
                .add("fw_ver", settings.emeter() ? "1.3.2 Build 240429 Rel.170301" : "1.1.3 Build 230214 Rel.155025")
                .add("hw_ver", "1.0")
                .add("mac", HexFormat.ofDelimiter("-").withUpperCase().formatHex(identity, 0, 6))
                .add("ip", "127.0.0.1")
                .add("device_on", meter.on())
                .add("on_time", meter.on() ? Duration.between(bootedAt, settings.clock().instant()).toSeconds() : 0)
                .add("nickname", base64(settings.nickname()))
                .add("ssid", base64("MyHome"))
                .add("rssi", -48)
                .add("signal_level", 3)
                .add("overheat_status", "normal");
    }

    private String setDeviceInfo(JsonObject params) {
        if (params.containsKey("device_on")) {
            meter.switchTo(params.getBoolean("device_on"));
        }
        return ok(JsonProviders.JSON.createObjectBuilder());
    }

    private JsonObjectBuilder energyUsage() {
        LocalDateTime local = LocalDateTime.ofInstant(settings.clock().instant(), settings.zone());
        long minutesToday = local.toLocalTime().toSecondOfDay() / 60;
        return JsonProviders.JSON.createObjectBuilder()
                .add("today_runtime", minutesToday)
                .add("month_runtime", (local.getDayOfMonth() - 1) * 1440L + minutesToday)
                .add("today_energy", meter.todayWh())
                .add("month_energy", meter.monthWh())
                .add("local_time", LOCAL_TIME.format(local))
                .add("electricity_charge", JsonProviders.JSON.createArrayBuilder().add(0).add(0).add(0))
                .add("current_power", Math.round(meter.powerW() * 1000));
    }

    private JsonObjectBuilder emeterData() {
        double watts = meter.powerW();
        double volts = VOLTAGE + 2 * Math.sin(settings.clock().millis() / 600_000.0);
        return JsonProviders.JSON.createObjectBuilder()
                .add("power_mw", Math.round(watts * 1000))
                .add("voltage_mv", Math.round(volts * 1000))
                .add("current_ma", Math.round(watts / volts * 1000))
                .add("energy_wh", meter.monthWh());
    }

    private String energyData(JsonObject params) {
        if (params.getInt("interval", 0) != HOURLY) {
            return error(TapoErrorCodes.PARAMS_ERROR);
        }
        Instant start = Instant.ofEpochSecond(params.getJsonNumber("start_timestamp").longValue());
        Instant end = Instant.ofEpochSecond(params.getJsonNumber("end_timestamp").longValue());
        if (end.isBefore(start) || Duration.between(start, end).compareTo(MAX_HOURLY_SPAN) > 0) {
            return error(TapoErrorCodes.PARAMS_ERROR);
        }
        var data = JsonProviders.JSON.createArrayBuilder();
        meter.hourlyWh(start, end).forEach(data::add);
        return ok(JsonProviders.JSON.createObjectBuilder()
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
