package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.entity.NotFoundException;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.weather.entity.WeatherSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The station modules that have readings. */
@ApplicationScoped
public class WeatherStations {

    @PersistenceContext(unitName = "timeseries")
    EntityManager em;

    public List<WeatherSeries> all() {
        return em.createQuery("SELECT s FROM WeatherSeries s ORDER BY s.stationId, s.moduleType", WeatherSeries.class)
                .getResultList();
    }

    /** The newest reading of each station module, found by its key from the series list (no scan of the readings). */
    public List<WeatherReading> latest() {
        return em.createQuery("SELECT r FROM WeatherReading r, WeatherSeries s WHERE r.stationId = s.stationId"
                        + " AND r.moduleType = s.moduleType AND r.timestamp = s.lastTimestamp ORDER BY r.stationId, r.moduleType",
                WeatherReading.class).getResultList();
    }

    /** The series, or 404 when nothing is stored for it. */
    public WeatherSeries require(String stationId, String moduleType) {
        WeatherSeries series = em.find(WeatherSeries.class, new WeatherSeries.Key(stationId, moduleType));
        if (series == null) {
            throw new NotFoundException("No weather readings are stored for station " + stationId + ", module " + moduleType);
        }
        return series;
    }
}
