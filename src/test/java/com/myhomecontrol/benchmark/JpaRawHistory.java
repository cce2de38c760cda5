package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.HistoryLimits;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * A day of raw readings through JPA, as a simple query in the server would read it: JPQL on the
 * real persistence unit, one entity manager per query, with the limit EnergyHistoryQuery.raw is given.
 */
final class JpaRawHistory {

    private static final String READINGS = """
            SELECT r FROM EnergyReading r
            WHERE r.deviceId = :d AND r.timestamp >= :s AND r.timestamp < :e
            ORDER BY r.timestamp
            """;

    private final TimeseriesUnit unit;
    private final List<String> deviceIds;

    JpaRawHistory(TimeseriesUnit unit, List<String> deviceIds) {
        this.unit = unit;
        this.deviceIds = deviceIds;
    }

    /** The windows, warm-up and check of the JDBC figure of the same query, so that the two compare. */
    Latencies measure() throws Exception {
        HistoryQueries query = HistoryQueries.DAY_RAW;
        return Latencies.measure(query.warmUpWindows(deviceIds), query.timedWindows(deviceIds), window -> query.check(window, read(window).size()));
    }

    private List<EnergyReading> read(HistoryWindow window) {
        EntityManager em = unit.createEntityManager();
        try {
            return em.createQuery(READINGS, EnergyReading.class)
                    .setParameter("d", window.deviceId())
                    .setParameter("s", window.range().startSecond())
                    .setParameter("e", window.range().endSecond())
                    .setMaxResults(HistoryLimits.MAX_RAW_POINTS + 1)
                    .getResultList();
        } finally {
            em.close();
        }
    }
}
