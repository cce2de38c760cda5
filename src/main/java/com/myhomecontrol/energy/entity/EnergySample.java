package com.myhomecontrol.energy.entity;

/** The part of a reading that energy is computed from: when, the power, the plug's daily counter. */
public record EnergySample(long timestamp, Double powerW, Double dailyEnergyKwh) {
}
