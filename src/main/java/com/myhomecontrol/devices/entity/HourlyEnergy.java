package com.myhomecontrol.devices.entity;

import java.time.Instant;

/**
 * What a plug consumed in the hour that starts at {@code start}.
 */
public record HourlyEnergy(Instant start, double energyKwh) {
}
