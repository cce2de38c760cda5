package com.myhomecontrol.platform.entity;

/** A series that has readings (a device, {@code moduleType} empty, or a weather module) and the time of its first and last. */
public record SeriesSpan(String seriesId, String moduleType, long first, long last) {
}
