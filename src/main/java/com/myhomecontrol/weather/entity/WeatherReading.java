package com.myhomecontrol.weather.entity;

import com.myhomecontrol.platform.entity.EpochSecondsAdapter;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
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
@JsonbPropertyOrder({"stationId", "moduleType", "timestamp", "temperatureC", "humidityPercent", "co2Ppm", "pressureMbar", "noiseDb",
        "windStrengthKmh", "windAngleDeg", "gustStrengthKmh", "gustAngleDeg", "rainMm", "rain1hMm", "rain24hMm"})
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

    @Column(name = "wind_strength_kmh")
    private Double windStrengthKmh;

    @Column(name = "wind_angle_deg")
    private Double windAngleDeg;

    @Column(name = "gust_strength_kmh")
    private Double gustStrengthKmh;

    @Column(name = "gust_angle_deg")
    private Double gustAngleDeg;

    @Column(name = "rain_mm")
    private Double rainMm;

    @Column(name = "rain_1h_mm")
    private Double rain1hMm;

    @Column(name = "rain_24h_mm")
    private Double rain24hMm;

    protected WeatherReading() {
    }

    /** A reading of the indoor or outdoor quantities only. */
    public WeatherReading(String stationId, String moduleType, long timestamp, Double temperatureC,
                          Double humidityPercent, Double co2Ppm, Double pressureMbar, Double noiseDb) {
        this(stationId, moduleType, timestamp, temperatureC, humidityPercent, co2Ppm, pressureMbar, noiseDb, Wind.NONE, Rain.NONE);
    }

    public WeatherReading(String stationId, String moduleType, long timestamp, Double temperatureC,
                          Double humidityPercent, Double co2Ppm, Double pressureMbar, Double noiseDb, Wind wind, Rain rain) {
        this.stationId = stationId;
        this.moduleType = moduleType;
        this.timestamp = timestamp;
        this.temperatureC = temperatureC;
        this.humidityPercent = humidityPercent;
        this.co2Ppm = co2Ppm;
        this.pressureMbar = pressureMbar;
        this.noiseDb = noiseDb;
        this.windStrengthKmh = wind.strengthKmh();
        this.windAngleDeg = wind.angleDeg();
        this.gustStrengthKmh = wind.gustStrengthKmh();
        this.gustAngleDeg = wind.gustAngleDeg();
        this.rainMm = rain.mm();
        this.rain1hMm = rain.lastHourMm();
        this.rain24hMm = rain.lastDayMm();
    }

    public Key key() {
        return new Key(stationId, moduleType, timestamp);
    }

    /** This reading with a later one of the same key merged in: its fields given overwrite, those absent keep these. */
    public WeatherReading overwrittenBy(WeatherReading later) {
        return new WeatherReading(stationId, moduleType, timestamp, given(later.temperatureC, temperatureC),
                given(later.humidityPercent, humidityPercent), given(later.co2Ppm, co2Ppm), given(later.pressureMbar, pressureMbar),
                given(later.noiseDb, noiseDb),
                new Wind(given(later.windStrengthKmh, windStrengthKmh), given(later.windAngleDeg, windAngleDeg),
                        given(later.gustStrengthKmh, gustStrengthKmh), given(later.gustAngleDeg, gustAngleDeg)),
                new Rain(given(later.rainMm, rainMm), given(later.rain1hMm, rain1hMm), given(later.rain24hMm, rain24hMm)));
    }

    private static <V> V given(V later, V earlier) {
        return later != null ? later : earlier;
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

    // snake_case puts no underscore before a digit (co2ppm, rain1h_mm): the names of a reading are given;
    // with @JsonbProperty a null would be left out unless nillable.
    @JsonbProperty("co2_ppm")
    @JsonbNillable
    public Double getCo2Ppm() {
        return co2Ppm;
    }

    public Double getPressureMbar() {
        return pressureMbar;
    }

    public Double getNoiseDb() {
        return noiseDb;
    }

    public Double getWindStrengthKmh() {
        return windStrengthKmh;
    }

    public Double getWindAngleDeg() {
        return windAngleDeg;
    }

    public Double getGustStrengthKmh() {
        return gustStrengthKmh;
    }

    public Double getGustAngleDeg() {
        return gustAngleDeg;
    }

    public Double getRainMm() {
        return rainMm;
    }

    @JsonbProperty("rain_1h_mm")
    @JsonbNillable
    public Double getRain1hMm() {
        return rain1hMm;
    }

    @JsonbProperty("rain_24h_mm")
    @JsonbNillable
    public Double getRain24hMm() {
        return rain24hMm;
    }
}
