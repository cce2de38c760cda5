package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.DecimalNumber;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.RetentionMarks;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.StatisticsTable;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.platform.entity.TimestampFormat;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.MetricSummary;
import com.myhomecontrol.weather.entity.WeatherBucket;
import com.myhomecontrol.weather.entity.WeatherPoint;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import tools.jackson.core.JsonGenerator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The history of one metric of one station module, raw or in buckets, straight from SQLite. */
@ApplicationScoped
public class WeatherHistoryQuery {

    static final String RAW_TABLE = "weather_timeseries";
    private static final String SERIES = "station_id = ? AND module_type = ? AND timestamp >= ? AND timestamp < ?";

    @Resource(lookup = TimeseriesDatabase.JNDI_NAME)
    DataSource dataSource;

    WeatherHistoryQuery() {
    }

    public WeatherHistoryQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** At most {@code limit} values from the start of the range; readings without this metric are left out. */
    public List<WeatherPoint> raw(String stationId, String moduleType, Metric metric, TimeRange range, int limit) {
        List<WeatherPoint> points = new ArrayList<>();
        query(rawSql(metric, "timestamp, " + metric.column()) + " ORDER BY timestamp LIMIT " + limit, stationId, moduleType, range, rows ->
                points.add(new WeatherPoint(Instant.ofEpochSecond(rows.getLong(1)), rows.getDouble(2))));
        return points;
    }

    /**
     * Writes the values of the range, at most {@link HistoryLimits#MAX_RAW_POINTS}, as they are read,
     * each {@code {"timestamp","value"}}, into the array the generator has open.
     */
    public void writeRaw(String stationId, String moduleType, Metric metric, TimeRange range, TimestampFormat format, JsonGenerator points) {
        TimestampFormat.Writer timestamps = format.writer();
        query(rawSql(metric, "timestamp, " + metric.column()) + " ORDER BY timestamp LIMIT " + HistoryLimits.MAX_RAW_POINTS,
                stationId, moduleType, range, rows -> {
                    points.writeStartObject();
                    timestamps.write(points, TimestampFormat.TIMESTAMP, rows.getLong(1));
                    points.writeName("value");
                    DecimalNumber.write(points, rows.getDouble(2));
                    points.writeEndObject();
                });
    }

    /** Whether the range holds more than {@code count} values of the metric, found without reading them. */
    public boolean holdsMoreThan(String stationId, String moduleType, Metric metric, TimeRange range, long count) {
        boolean[] more = {false};
        query(rawSql(metric, "1") + " LIMIT 1 OFFSET " + count, stationId, moduleType, range, rows -> more[0] = true);
        return more[0];
    }

    /** The column name comes from the Metric enum, never from the request. */
    private static String rawSql(Metric metric, String columns) {
        return "SELECT " + columns + " FROM weather_timeseries WHERE " + SERIES + " AND " + metric.column() + " IS NOT NULL";
    }

    /**
     * Buckets of an hour or more are combined from hours, shorter ones from five minutes or minutes:
     * from the raw values where they are kept, exact even right after a late reading, and from the
     * rollup job's statistics before.
     */
    public List<WeatherBucket> buckets(String stationId, String moduleType, Metric metric, TimeRange range, Bucket bucket) {
        StatisticsTable statistics = bucket.seconds() >= WeatherStatisticsTable.HOURLY.seconds()
                ? WeatherStatisticsTable.HOURLY : WeatherStatisticsTable.FIVE_MINUTES;
        long period = bucket == Bucket.MINUTE ? bucket.seconds() : statistics.seconds();
        long from = range.startSecond();
        long to = range.endSecond();
        try (Connection connection = dataSource.getConnection()) {
            long rawFrom = period == statistics.seconds()
                    ? Math.max(from, RetentionMarks.firstWholePeriod(RetentionMarks.retainedSince(connection, RAW_TABLE), period))
                    : from;
            List<MetricSummary> periods = new ArrayList<>();
            if (rawFrom > from) {
                periods.addAll(new WeatherStatisticsTable(connection, statistics).list(stationId, moduleType, metric, from, Math.min(rawFrom, to)));
            }
            if (rawFrom < to) {
                periods.addAll(MetricSummaries.summarise(WeatherSamples.read(connection, stationId, moduleType, List.of(metric), rawFrom, to)
                        .get(metric), period));
            }
            return MetricSummaries.buckets(periods, bucket.seconds());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the weather history of " + stationId + "/" + moduleType + " failed", e);
        }
    }

    /** From when raw readings are kept, once retention has deleted some. */
    public Optional<Instant> rawRetainedSince() {
        return RetentionMarks.since(dataSource, RAW_TABLE);
    }

    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }

    private void query(String sql, String stationId, String moduleType, TimeRange range, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, stationId);
            statement.setString(2, moduleType);
            statement.setLong(3, range.startSecond());
            statement.setLong(4, range.endSecond());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the weather history of " + stationId + "/" + moduleType + " failed", e);
        }
    }
}
