package com.myhomecontrol.devices.entity;

import java.time.Instant;

/**
 * One poll of a plug. Voltage and current are null unless the plug measured them.
 */
public record PlugReading(Instant polledAt, boolean on, double powerW, double dailyEnergyKwh, double monthlyEnergyKwh,
                          Double voltageV, Double currentA) {
}
