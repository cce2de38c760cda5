package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** History of one device: raw readings or buckets, in time order. */
@JsonbPropertyOrder({"deviceId", "start", "end", "bucket", "points"})
public record EnergyHistory(String deviceId, Instant start, Instant end, String bucket, List<?> points) {
}
