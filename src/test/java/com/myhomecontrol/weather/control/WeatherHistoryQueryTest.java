package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherBucket;
import com.myhomecontrol.weather.entity.WeatherPoint;
import com.myhomecontrol.weather.entity.WeatherReading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeatherHistoryQueryTest {

    static final long HOUR = Instant.parse("2026-11-29T10:00:00Z").getEpochSecond();

    @TempDir
    Path directory;

    private WeatherHistoryQuery query;
    private DataSource dataSource;

    /** The store the tests run on: SQLite here, PostgreSQL in {@link WeatherHistoryQueryPostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    @BeforeEach
    void openStore() {
        dataSource = migratedStore();
        query = new WeatherHistoryQuery(dataSource);
        insert(reading("indoor", HOUR, 20.0, 40.0),
                reading("indoor", HOUR + 300, null, 42.0),     // humidity only
                reading("indoor", HOUR + 600, 22.0, null),
                reading("indoor", HOUR + 3600, 25.0, 50.0),
                reading("outdoor", HOUR + 60, -3.0, 90.0));
    }

    @Test
    void rawLeavesOutReadingsWithoutTheMetric() {
        assertEquals(List.of(point(HOUR, 20.0), point(HOUR + 600, 22.0), point(HOUR + 3600, 25.0)),
                query.raw("home", "indoor", Metric.TEMPERATURE, range(HOUR, HOUR + 7200), 100));
        assertEquals(List.of(point(HOUR, 40.0), point(HOUR + 300, 42.0), point(HOUR + 3600, 50.0)),
                query.raw("home", "indoor", Metric.HUMIDITY, range(HOUR, HOUR + 7200), 100));
    }

    @Test
    void rawIsLimitedFromTheStartAndHalfOpen() {
        assertEquals(List.of(point(HOUR, 20.0), point(HOUR + 600, 22.0)),
                query.raw("home", "indoor", Metric.TEMPERATURE, range(HOUR, HOUR + 7200), 2));
        assertEquals(List.of(point(HOUR + 600, 22.0)),
                query.raw("home", "indoor", Metric.TEMPERATURE, range(HOUR + 1, HOUR + 3600), 100));
        assertEquals(List.of(point(HOUR + 60, -3.0)),
                query.raw("home", "outdoor", Metric.TEMPERATURE, range(HOUR, HOUR + 7200), 100));
    }

    @Test
    void bucketsAggregateOnlyReadingsWithTheMetric() {
        List<WeatherBucket> buckets = query.buckets("home", "indoor", Metric.TEMPERATURE, range(HOUR, HOUR + 7200), Bucket.HOUR);

        assertEquals(2, buckets.size());
        assertEquals(new WeatherBucket(Instant.ofEpochSecond(HOUR), 20.0, 21.0, 22.0, 2), buckets.get(0));
        assertEquals(new WeatherBucket(Instant.ofEpochSecond(HOUR + 3600), 25.0, 25.0, 25.0, 1), buckets.get(1));
    }

    @Test
    void bucketsOfAnotherMetricAndSize() {
        List<WeatherBucket> buckets = query.buckets("home", "indoor", Metric.HUMIDITY, range(HOUR, HOUR + 3600), Bucket.DAY);

        assertEquals(List.of(new WeatherBucket(Instant.parse("2026-11-29T00:00:00Z"), 40.0, 41.0, 42.0, 2)), buckets);
        assertEquals(List.of(), query.buckets("home", "indoor", Metric.CO2, range(HOUR, HOUR + 7200), Bucket.HOUR));
    }

    private static WeatherReading reading(String module, long timestamp, Double temperature, Double humidity) {
        return new WeatherReading("home", module, timestamp, temperature, humidity, null, null, null);
    }

    private static WeatherPoint point(long timestamp, double value) {
        return new WeatherPoint(Instant.ofEpochSecond(timestamp), value);
    }

    private static TimeRange range(long start, long end) {
        return new TimeRange(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }

    private void insert(WeatherReading... readings) {
        try (TimeseriesWriter writer = SqliteFiles.writer(dataSource)) {
            new WeatherReadingStore(writer).store(List.of(readings));
        }
    }
}
