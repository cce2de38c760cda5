package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.devices.entity.PlugComponent;
import com.myhomecontrol.devices.entity.PlugDescription;
import com.myhomecontrol.devices.entity.PlugReading;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static com.myhomecontrol.devices.control.TapoMethods.CURRENT_POWER;
import static com.myhomecontrol.devices.control.TapoMethods.DEVICE_INFO;
import static com.myhomecontrol.devices.control.TapoMethods.EMETER_DATA;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_USAGE;

/**
 * The plug's answers in the units the time series keep: mW, Wh, mV and mA become W, kWh, V and A.
 * The power comes from get_energy_usage (mW), or, where that firmware leaves it out, from
 * get_current_power (whole W) or get_emeter_data, as python-kasa reads it.
 */
final class PlugReadings {

    private PlugReadings() {
    }

    static PlugReading of(Instant polledAt, PlugAnswers answers) {
        JsonObject usage = answers.required(ENERGY_USAGE);
        Optional<JsonObject> emeter = answers.optional(EMETER_DATA);
        return new PlugReading(
                polledAt.truncatedTo(ChronoUnit.SECONDS),
                answers.optional(DEVICE_INFO).map(info -> bool(info, "device_on")).orElse(null),
                power(usage, answers),
                milli(usage, "today_energy"),
                milli(usage, "month_energy"),
                emeter.map(data -> milli(data, "voltage_mv")).orElse(null),
                emeter.map(data -> milli(data, "current_ma")).orElse(null));
    }

    static PlugDescription description(JsonObject info, Optional<List<PlugComponent>> components, List<String> measures) {
        return new PlugDescription(text(info, "model"), text(info, "hw_ver"), text(info, "fw_ver"), decoded(text(info, "nickname")),
                text(info, "mac"), components.orElse(null), measures);
    }

    static List<PlugComponent> components(JsonObject componentNego) {
        if (!(componentNego.get("component_list") instanceof JsonArray list)) {
            throw new TapoException(TapoMethods.COMPONENT_NEGO + " answered without component_list");
        }
        return list.getValuesAs(JsonObject.class).stream()
                .map(component -> new PlugComponent(component.getString("id", ""), component.getInt("ver_code", 0)))
                .toList();
    }

    static List<HourlyEnergy> hourly(JsonObject energyData) {
        Instant start = Instant.ofEpochSecond(energyData.getJsonNumber("start_timestamp").longValue());
        JsonArray data = energyData.getJsonArray("data");
        List<HourlyEnergy> hours = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            hours.add(new HourlyEnergy(start.plus(i, ChronoUnit.HOURS), data.getJsonNumber(i).doubleValue() / 1000));
        }
        return hours;
    }

    private static double power(JsonObject usage, PlugAnswers answers) {
        Double fromUsage = milli(usage, "current_power");
        if (fromUsage != null) {
            return fromUsage;
        }
        return answers.optional(CURRENT_POWER).map(p -> number(p, "current_power"))
                .or(() -> answers.optional(EMETER_DATA).map(data -> milli(data, "power_mw")))
                .orElseThrow(() -> new TapoException(ENERGY_USAGE + " answered without current_power, and no other method gave the power"));
    }

    private static Double milli(JsonObject object, String field) {
        Double value = number(object, field);
        return value == null ? null : value / 1000;
    }

    private static Double number(JsonObject object, String field) {
        return object.get(field) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static Boolean bool(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** Nicknames travel as base64; one that does not decode is shown as sent. */
    private static String decoded(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }
}
