package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.entity.EpochSecondsAdapter;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a smart plug measured at one second. Any field but the key may be unknown (null): a
 * plug that does not measure voltage has none, and nothing is invented for it.
 */
@Entity
@Table(name = "energy_timeseries")
@IdClass(EnergyReading.Key.class)
@JsonbPropertyOrder({"deviceId", "timestamp", "powerW", "voltageV", "currentA", "dailyEnergyKwh", "monthlyEnergyKwh", "powerState"})
public class EnergyReading {

    /** The natural key: one reading per device and second. */
    public static class Key implements Serializable {
        private String deviceId;
        private Long timestamp;

        public Key() {
        }

        public Key(String deviceId, long timestamp) {
            this.deviceId = deviceId;
            this.timestamp = timestamp;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.timestamp, timestamp) && Objects.equals(key.deviceId, deviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deviceId, timestamp);
        }
    }

    @Id
    @Column(name = "device_id")
    private String deviceId;

    /** Epoch seconds, UTC. */
    @Id
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long timestamp;

    @Column(name = "power_w")
    private Double powerW;

    @Column(name = "voltage_v")
    private Double voltageV;

    @Column(name = "current_a")
    private Double currentA;

    @Column(name = "daily_energy_kwh")
    private Double dailyEnergyKwh;

    @Column(name = "monthly_energy_kwh")
    private Double monthlyEnergyKwh;

    @Column(name = "power_state")
    private Boolean powerState;

    protected EnergyReading() {
    }

    public EnergyReading(String deviceId, long timestamp, Double powerW, Double voltageV, Double currentA,
                         Double dailyEnergyKwh, Double monthlyEnergyKwh, Boolean powerState) {
        this.deviceId = deviceId;
        this.timestamp = timestamp;
        this.powerW = powerW;
        this.voltageV = voltageV;
        this.currentA = currentA;
        this.dailyEnergyKwh = dailyEnergyKwh;
        this.monthlyEnergyKwh = monthlyEnergyKwh;
        this.powerState = powerState;
    }

    public Key key() {
        return new Key(deviceId, timestamp);
    }

    /** This reading with a later one of the same key merged in: its fields given overwrite, those absent keep these. */
    public EnergyReading overwrittenBy(EnergyReading later) {
        return new EnergyReading(deviceId, timestamp, given(later.powerW, powerW), given(later.voltageV, voltageV),
                given(later.currentA, currentA), given(later.dailyEnergyKwh, dailyEnergyKwh),
                given(later.monthlyEnergyKwh, monthlyEnergyKwh), given(later.powerState, powerState));
    }

    private static <V> V given(V later, V earlier) {
        return later != null ? later : earlier;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public Double getPowerW() {
        return powerW;
    }

    public Double getVoltageV() {
        return voltageV;
    }

    public Double getCurrentA() {
        return currentA;
    }

    public Double getDailyEnergyKwh() {
        return dailyEnergyKwh;
    }

    public Double getMonthlyEnergyKwh() {
        return monthlyEnergyKwh;
    }

    public Boolean getPowerState() {
        return powerState;
    }
}
