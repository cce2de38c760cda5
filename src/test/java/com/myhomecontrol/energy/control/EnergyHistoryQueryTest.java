package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.control.WrittenJson;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.platform.entity.TimestampFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnergyHistoryQueryTest {

    /** Midnight UTC, so that every bucket size is aligned to it. */
    static final long MIDNIGHT = Instant.parse("2026-11-29T00:00:00Z").getEpochSecond();
    private static final double KWH = 1e-9;

    @TempDir
    Path directory;

    private DataSource dataSource;
    private EnergyHistoryQuery query;

    /** The store the tests run on: SQLite here, PostgreSQL in {@link EnergyHistoryQueryPostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    @BeforeEach
    void openStore() {
        dataSource = migratedStore();
        query = new EnergyHistoryQuery(dataSource);
    }

    @Test
    void rawIsInTimeOrderAndLimitedFromTheStart() {
        insert(power("plug", MIDNIGHT + 30, 3.0), power("plug", MIDNIGHT, 1.0),
                power("plug", MIDNIGHT + 10, 2.0), power("other", MIDNIGHT + 5, 9.0));

        List<EnergyReading> readings = query.raw("plug", range(MIDNIGHT, MIDNIGHT + 3600), 2);

        assertEquals(List.of(MIDNIGHT, MIDNIGHT + 10), readings.stream().map(EnergyReading::getTimestamp).toList());
        assertEquals(List.of(1.0, 2.0), readings.stream().map(EnergyReading::getPowerW).toList());
        assertEquals(3, query.raw("plug", range(MIDNIGHT, MIDNIGHT + 3600), 100).size());
    }

    @Test
    void holdsMoreThanCountsOnlyTheDeviceInTheRange() {
        insert(power("plug", MIDNIGHT, 1.0), power("plug", MIDNIGHT + 10, 2.0), power("plug", MIDNIGHT + 3600, 3.0),
                power("other", MIDNIGHT + 5, 9.0));

        assertEquals(true, query.holdsMoreThan("plug", range(MIDNIGHT, MIDNIGHT + 3600), 1));
        assertEquals(false, query.holdsMoreThan("plug", range(MIDNIGHT, MIDNIGHT + 3600), 2));
    }

    @Test
    void streamedRawPointsCarryOnlyTheFieldsAsked() {
        insert(new EnergyReading("plug", MIDNIGHT, 40.0, null, 0.2, 1.5, null, true));
        String text = WrittenJson.of(json -> {
            json.writeStartArray();
            assertEquals(1, query.writeRaw("plug", range(MIDNIGHT, MIDNIGHT + 1), List.of(EnergyField.VOLTAGE_V, EnergyField.POWER_STATE),
                    false, TimestampFormat.EPOCH_SECONDS, json));
            json.writeEndArray();
        });

        assertEquals("[{\"timestamp\":" + MIDNIGHT + ",\"voltage_v\":null,\"power_state\":true}]", text);
    }

    @Test
    void rawKeepsUnknownValuesUnknown() {
        insert(new EnergyReading("plug", MIDNIGHT, null, 230.0, null, 1.5, null, true));

        EnergyReading reading = query.raw("plug", range(MIDNIGHT, MIDNIGHT + 1), 10).get(0);

        assertEquals("plug", reading.getDeviceId());
        assertEquals(null, reading.getPowerW());
        assertEquals(230.0, reading.getVoltageV());
        assertEquals(1.5, reading.getDailyEnergyKwh());
        assertEquals(true, reading.getPowerState());
    }

    @Test
    void rangeIncludesItsStartAndExcludesItsEnd() {
        insert(power("plug", MIDNIGHT - 1, 1.0), power("plug", MIDNIGHT, 2.0),
                power("plug", MIDNIGHT + 59, 3.0), power("plug", MIDNIGHT + 60, 4.0));
        TimeRange minute = range(MIDNIGHT, MIDNIGHT + 60);

        assertEquals(List.of(MIDNIGHT, MIDNIGHT + 59),
                query.raw("plug", minute, 100).stream().map(EnergyReading::getTimestamp).toList());
        List<EnergyBucket> buckets = query.buckets("plug", minute, Bucket.MINUTE);
        assertEquals(1, buckets.size());
        assertEquals(2, buckets.get(0).count());
        assertEquals(2.0, buckets.get(0).powerWMin());
        assertEquals(3.0, buckets.get(0).powerWMax());
    }

    @Test
    void bucketsSummarisePowerPerAlignedInterval() {
        insert(power("plug", MIDNIGHT, 100.0), power("plug", MIDNIGHT + 60, 200.0),
                power("plug", MIDNIGHT + 120, 300.0), power("plug", MIDNIGHT + 300, 50.0));

        List<EnergyBucket> buckets = query.buckets("plug", range(MIDNIGHT, MIDNIGHT + 3600), Bucket.FIVE_MINUTES);

        assertEquals(2, buckets.size());
        assertBucket(buckets.get(0), MIDNIGHT, 100.0, 200.0, 300.0, 3);
        assertBucket(buckets.get(1), MIDNIGHT + 300, 50.0, 50.0, 50.0, 1);
        // Trapezoids: (100+200)/2 W for 60 s, (200+300)/2 W for 60 s; then (300+50)/2 W for 180 s.
        assertEquals(kwh(150, 60) + kwh(250, 60), buckets.get(0).energyKwh(), KWH);
        assertEquals(kwh(175, 180), buckets.get(1).energyKwh(), KWH);
    }

    @Test
    void energyComesFromTheDailyCounterAcrossTheMidnightReset() {
        // 1200 W would integrate to 0.2 kWh per 10 minutes; the counter says 0.1, and the counter wins.
        insert(counter(MIDNIGHT - 1800, 10.0), counter(MIDNIGHT - 1200, 10.1), counter(MIDNIGHT - 600, 10.2),
                counter(MIDNIGHT, 0.05), counter(MIDNIGHT + 600, 0.15), counter(MIDNIGHT + 1200, 0.25));

        List<EnergyBucket> buckets = query.buckets("plug", range(MIDNIGHT - 1800, MIDNIGHT + 1800), Bucket.HOUR);

        assertEquals(2, buckets.size());
        assertEquals(Instant.ofEpochSecond(MIDNIGHT - 3600), buckets.get(0).timestamp());
        assertEquals(0.2, buckets.get(0).energyKwh(), KWH);  // the first reading has no predecessor
        assertEquals(Instant.ofEpochSecond(MIDNIGHT), buckets.get(1).timestamp());
        assertEquals(0.05 + 0.1 + 0.1, buckets.get(1).energyKwh(), KWH);
    }

    @Test
    void theReadingBeforeTheRangeStartIsThePredecessorOfTheFirst() {
        insert(counter(MIDNIGHT - 600, 10.0), counter(MIDNIGHT, 0.3));

        List<EnergyBucket> buckets = query.buckets("plug", range(MIDNIGHT, MIDNIGHT + 3600), Bucket.HOUR);

        assertEquals(1, buckets.size());
        assertEquals(1, buckets.get(0).count());
        assertEquals(0.3, buckets.get(0).energyKwh(), KWH);
    }

    @Test
    void powerIsIntegratedWhenThereIsNoCounter() {
        insert(power("plug", MIDNIGHT, 1000.0), power("plug", MIDNIGHT + 900, 2000.0), power("plug", MIDNIGHT + 1800, 2000.0));

        EnergyBucket hour = query.buckets("plug", range(MIDNIGHT, MIDNIGHT + 3600), Bucket.HOUR).get(0);

        assertEquals(0.375 + 0.5, hour.energyKwh(), KWH);
        assertEquals(3, hour.count());
        assertEquals(5000.0 / 3, hour.powerWAvg(), 1e-9);
    }

    @Test
    void powerIsNotIntegratedAcrossAGapOverFifteenMinutes() {
        long t = MIDNIGHT;
        insert(power("plug", t, 100.0), power("plug", t + 600, 100.0),       // 600 s: integrated
                power("plug", t + 1501, 100.0),                             // 901 s: off-line, not integrated
                power("plug", t + 2401, 100.0));                            // 900 s: integrated

        EnergyBucket hour = query.buckets("plug", range(t, t + 3600), Bucket.HOUR).get(0);

        assertEquals(kwh(100, 600) + kwh(100, 900), hour.energyKwh(), KWH);
        assertEquals(4, hour.count());
    }

    @Test
    void noReadingsNoBuckets() {
        insert(power("other", MIDNIGHT, 1.0));

        assertEquals(List.of(), query.buckets("plug", range(MIDNIGHT, MIDNIGHT + 86400), Bucket.DAY));
        assertEquals(List.of(), query.raw("plug", range(MIDNIGHT, MIDNIGHT + 86400), 10));
    }

    private static void assertBucket(EnergyBucket bucket, long start, double min, double avg, double max, long count) {
        assertEquals(Instant.ofEpochSecond(start), bucket.timestamp());
        assertEquals(min, bucket.powerWMin());
        assertEquals(avg, bucket.powerWAvg(), 1e-9);
        assertEquals(max, bucket.powerWMax());
        assertEquals(count, bucket.count());
    }

    /** kWh of a constant power over some seconds. */
    private static double kwh(double watts, long seconds) {
        return watts * seconds / 3_600_000.0;
    }

    private static TimeRange range(long start, long end) {
        return new TimeRange(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }

    private static EnergyReading power(String device, long timestamp, double watts) {
        return new EnergyReading(device, timestamp, watts, null, null, null, null, null);
    }

    private static EnergyReading counter(long timestamp, double dailyKwh) {
        return new EnergyReading("plug", timestamp, 1200.0, null, null, dailyKwh, null, true);
    }

    private void insert(EnergyReading... readings) {
        try (TimeseriesWriter writer = SqliteFiles.writer(dataSource)) {
            new EnergyReadingStore(writer).store(List.of(readings));
        }
    }
}
