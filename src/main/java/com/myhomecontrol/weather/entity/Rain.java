package com.myhomecontrol.weather.entity;

/** What a rain gauge measured, in mm: in its last interval, the last hour and the last day; null when not measured. */
public record Rain(Double mm, Double lastHourMm, Double lastDayMm) {

    public static final Rain NONE = new Rain(null, null, null);
}
