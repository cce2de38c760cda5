package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoMeasure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.myhomecontrol.devices.entity.NetatmoMeasure.CO2;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.GUST_ANGLE;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.GUST_STRENGTH;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.HUMIDITY;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.NOISE;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.PRESSURE;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.RAIN;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.RAIN_1H;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.RAIN_24H;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.TEMPERATURE;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.WIND_ANGLE;
import static com.myhomecontrol.devices.entity.NetatmoMeasure.WIND_STRENGTH;

/** The Netatmo weather module types, what each measures and the module_type its readings get. */
public enum NetatmoModuleKind {
    MAIN("NAMain", "indoor", List.of(TEMPERATURE, HUMIDITY, CO2, PRESSURE, NOISE)),
    OUTDOOR("NAModule1", "outdoor", List.of(TEMPERATURE, HUMIDITY)),
    WIND("NAModule2", "wind", List.of(WIND_STRENGTH, WIND_ANGLE, GUST_STRENGTH, GUST_ANGLE)),
    RAIN_GAUGE("NAModule3", "rain", List.of(RAIN, RAIN_1H, RAIN_24H)),
    EXTRA_INDOOR("NAModule4", "extra_", List.of(TEMPERATURE, HUMIDITY, CO2));

    private final String netatmoType;
    private final String moduleType;
    private final List<NetatmoMeasure> measures;

    NetatmoModuleKind(String netatmoType, String moduleType, List<NetatmoMeasure> measures) {
        this.netatmoType = netatmoType;
        this.moduleType = moduleType;
        this.measures = measures;
    }

    public static Optional<NetatmoModuleKind> of(String netatmoType) {
        return Arrays.stream(values()).filter(k -> k.netatmoType.equals(netatmoType)).findFirst();
    }

    public List<NetatmoMeasure> measures() {
        return measures;
    }

    /**
     * A station may have up to three extra indoor modules, told apart by their names: "extra_" and
     * the name in lower case with every character outside [a-z0-9_-] replaced by "_" ("Bedroom 2"
     * gives extra_bedroom_2, "Küche" extra_k_che), or the module's _id so treated when it has no
     * name. Names that differ only in such characters share a module_type.
     */
    public String moduleType(String moduleName, String moduleId) {
        if (this != EXTRA_INDOOR) {
            return moduleType;
        }
        String name = moduleName == null || moduleName.isBlank() ? moduleId : moduleName.strip();
        return moduleType + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    }
}
