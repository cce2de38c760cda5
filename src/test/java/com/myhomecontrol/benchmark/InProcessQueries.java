package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.platform.control.HistoryLimits;

import javax.sql.DataSource;
import java.util.List;

/** The history queries called straight on EnergyHistoryQuery, with the limit the server passes, without the server around them. */
final class InProcessQueries {

    private final EnergyHistoryQuery history;
    private final List<String> deviceIds;

    InProcessQueries(DataSource dataSource, List<String> deviceIds) {
        this.history = new EnergyHistoryQuery(dataSource);
        this.deviceIds = deviceIds;
    }

    Latencies measure(HistoryQueries query) throws Exception {
        return Latencies.measure(query.warmUpWindows(deviceIds), query.timedWindows(deviceIds), window -> query.check(window, run(query, window)));
    }

    private int run(HistoryQueries query, HistoryWindow window) {
        return query == HistoryQueries.DAY_RAW
                ? history.raw(window.deviceId(), window.range(), HistoryLimits.MAX_RAW_POINTS + 1).size()
                : history.buckets(window.deviceId(), window.range(), query.bucket()).size();
    }
}
