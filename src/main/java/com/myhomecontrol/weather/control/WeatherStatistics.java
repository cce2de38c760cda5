package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.PendingHours;
import com.myhomecontrol.platform.control.StatisticsRollup;
import com.myhomecontrol.platform.entity.RollupItem;
import com.myhomecontrol.platform.entity.StatisticsTable;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.MetricSummary;
import com.myhomecontrol.weather.entity.WeatherPoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weather statistics of the rollup job: per station module, metric and hour, its five-minute
 * rows (weather_5m) and, once the hour has closed, its hourly row (weather_hourly), both summed
 * from the raw values as history sums them.
 */
public final class WeatherStatistics extends StatisticsRollup {

    private static final List<Metric> METRICS = List.of(Metric.values());
    private static final PendingHours PENDING = new PendingHours("weather_rollup_pending", "weather_series", "station_id", "module_type");

    public WeatherStatistics() {
        // The first mark is the one the late-reading triggers of V3 compare with.
        super("weather", WeatherHistoryQuery.RAW_TABLE,
                List.of(WeatherStatisticsTable.FIVE_MINUTES.name(), WeatherStatisticsTable.HOURLY.name()), PENDING);
    }

    @Override
    public void rollUp(Connection connection, RollupItem item, long closedUntil) throws SQLException {
        long hour = item.hourStart();
        long end = hour + WeatherStatisticsTable.HOURLY.seconds();
        Map<Metric, List<WeatherPoint>> points = WeatherSamples.read(connection, item.seriesId(), item.moduleType(), METRICS, hour, end);
        replace(connection, WeatherStatisticsTable.FIVE_MINUTES, item, points, closedUntil);
        replace(connection, WeatherStatisticsTable.HOURLY, item, points, closedUntil);
        PENDING.done(connection, item);
    }

    private static void replace(Connection connection, StatisticsTable table, RollupItem item,
                                Map<Metric, List<WeatherPoint>> points, long closedUntil) throws SQLException {
        Map<Metric, List<MetricSummary>> closed = new EnumMap<>(Metric.class);
        points.forEach((metric, values) -> closed.put(metric, MetricSummaries.summarise(values, table.seconds()).stream()
                .filter(period -> period.start() + table.seconds() <= closedUntil).toList()));
        new WeatherStatisticsTable(connection, table)
                .replace(item.seriesId(), item.moduleType(), item.hourStart(), item.hourStart() + WeatherStatisticsTable.HOURLY.seconds(), closed);
    }
}
