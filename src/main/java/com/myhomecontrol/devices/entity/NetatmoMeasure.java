package com.myhomecontrol.devices.entity;

/**
 * A quantity a Netatmo module measures: its key in dashboard_data and its type in getmeasure,
 * which is null where getmeasure has no such type (the rolling rain sums).
 */
public enum NetatmoMeasure {
    TEMPERATURE("Temperature", "temperature"),
    HUMIDITY("Humidity", "humidity"),
    CO2("CO2", "co2"),
    PRESSURE("Pressure", "pressure"),
    NOISE("Noise", "noise"),
    WIND_STRENGTH("WindStrength", "windstrength"),
    WIND_ANGLE("WindAngle", "windangle"),
    GUST_STRENGTH("GustStrength", "guststrength"),
    GUST_ANGLE("GustAngle", "gustangle"),
    RAIN("Rain", "rain"),
    RAIN_1H("sum_rain_1", null),
    RAIN_24H("sum_rain_24", null);

    private final String dashboardKey;
    private final String measureType;

    NetatmoMeasure(String dashboardKey, String measureType) {
        this.dashboardKey = dashboardKey;
        this.measureType = measureType;
    }

    public String dashboardKey() {
        return dashboardKey;
    }

    public String measureType() {
        return measureType;
    }
}
