package com.myhomecontrol.weather.entity;

import com.myhomecontrol.platform.entity.StoredSeries;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A station module that has readings stored. */
@Entity
@Table(name = "weather_series")
@IdClass(WeatherSeries.Key.class)
public class WeatherSeries extends StoredSeries {

    /** One series per station and module type. */
    public static class Key implements Serializable {
        private String stationId;
        private String moduleType;

        public Key() {
        }

        public Key(String stationId, String moduleType) {
            this.stationId = stationId;
            this.moduleType = moduleType;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.stationId, stationId) && Objects.equals(key.moduleType, moduleType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stationId, moduleType);
        }
    }

    @Id
    @Column(name = "station_id")
    private String stationId;

    @Id
    @Column(name = "module_type")
    private String moduleType;

    public String getStationId() {
        return stationId;
    }

    public String getModuleType() {
        return moduleType;
    }
}
