package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * History of one device: raw readings or buckets, in time order. rawRetainedSince is from when raw
 * readings are kept (null until retention deletes some); buckets before it come from the statistics.
 */
@JsonbPropertyOrder({"deviceId", "start", "end", "bucket", "points", "rawRetainedSince"})
public record EnergyHistory(String deviceId, Instant start, Instant end, String bucket, List<?> points,
                            Instant rawRetainedSince) {
}
