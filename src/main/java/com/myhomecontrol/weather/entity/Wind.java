package com.myhomecontrol.weather.entity;

/** What a wind gauge measured: speeds in km/h, directions in degrees; null when not measured. */
public record Wind(Double strengthKmh, Double angleDeg, Double gustStrengthKmh, Double gustAngleDeg) {

    public static final Wind NONE = new Wind(null, null, null, null);
}
