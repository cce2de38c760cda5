package com.myhomecontrol.devices.entity;

import java.util.Map;

/**
 * What one module of a Netatmo station measured at one time_utc (epoch seconds); stationId is
 * the main station's _id. Wind in km/h and degrees, rain in mm; unmeasured values are null.
 */
public record NetatmoReading(String stationId, String moduleType, long timestamp,
                             Double temperatureC, Double humidityPercent, Double co2Ppm,
                             Double pressureMbar, Double noiseDb,
                             Double windStrengthKmh, Double windAngleDeg, Double gustStrengthKmh, Double gustAngleDeg,
                             Double rainMm, Double rainLastHourMm, Double rainLastDayMm) {

    public static NetatmoReading of(String stationId, String moduleType, long timestamp, Map<NetatmoMeasure, Double> values) {
        return new NetatmoReading(stationId, moduleType, timestamp,
                values.get(NetatmoMeasure.TEMPERATURE), values.get(NetatmoMeasure.HUMIDITY),
                values.get(NetatmoMeasure.CO2), values.get(NetatmoMeasure.PRESSURE), values.get(NetatmoMeasure.NOISE),
                values.get(NetatmoMeasure.WIND_STRENGTH), values.get(NetatmoMeasure.WIND_ANGLE),
                values.get(NetatmoMeasure.GUST_STRENGTH), values.get(NetatmoMeasure.GUST_ANGLE),
                values.get(NetatmoMeasure.RAIN), values.get(NetatmoMeasure.RAIN_1H), values.get(NetatmoMeasure.RAIN_24H));
    }
}
