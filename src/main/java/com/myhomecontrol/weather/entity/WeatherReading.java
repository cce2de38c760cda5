package com.myhomecontrol.weather.entity;

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

/** What one module of a weather station measured at one second; unmeasured values are null. */
@Entity
@Table(name = "weather_timeseries")
@IdClass(WeatherReading.Key.class)
@JsonbPropertyOrder({"stationId", "moduleType", "timestamp", "temperatureC", "humidityPercent", "co2Ppm", "pressureMbar", "noiseDb"})
public class WeatherReading {

    /** The natural key: one reading per station module and second. */
    public static class Key implements Serializable {
        private String stationId;
        private String moduleType;
        private Long timestamp;

        public Key() {
        }

        public Key(String stationId, String moduleType, long timestamp) {
            this.stationId = stationId;
            this.moduleType = moduleType;
            this.timestamp = timestamp;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.timestamp, timestamp)
                    && Objects.equals(key.stationId, stationId) && Objects.equals(key.moduleType, moduleType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stationId, moduleType, timestamp);
        }
    }

    @Id
    @Column(name = "station_id")
    private String stationId;

    @Id
    @Column(name = "module_type")
    private String moduleType;

    /** Epoch seconds, UTC. */
    @Id
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long timestamp;

    @Column(name = "temperature_c")
    private Double temperatureC;

    @Column(name = "humidity_percent")
    private Double humidityPercent;

    @Column(name = "co2_ppm")
    private Double co2Ppm;

    @Column(name = "pressure_mbar")
    private Double pressureMbar;

    @Column(name = "noise_db")
    private Double noiseDb;

    protected WeatherReading() {
    }

    public WeatherReading(String stationId, String moduleType, long timestamp, Double temperatureC,
                          Double humidityPercent, Double co2Ppm, Double pressureMbar, Double noiseDb) {
        this.stationId = stationId;
        this.moduleType = moduleType;
        this.timestamp = timestamp;
        this.temperatureC = temperatureC;
        this.humidityPercent = humidityPercent;
        this.co2Ppm = co2Ppm;
        this.pressureMbar = pressureMbar;
        this.noiseDb = noiseDb;
    }

    public String getStationId() {
        return stationId;
    }

    public String getModuleType() {
        return moduleType;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public Double getTemperatureC() {
        return temperatureC;
    }

    public Double getHumidityPercent() {
        return humidityPercent;
    }

    public Double getCo2Ppm() {
        return co2Ppm;
    }

    public Double getPressureMbar() {
        return pressureMbar;
    }

    public Double getNoiseDb() {
        return noiseDb;
    }
}
