package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hourly rollup, however the readings arrive (in order, late, merged, in one batch or many),
 * gives the same buckets as summing the readings themselves.
 */
class EnergyRollupTest {

    static final long START = Instant.parse("2026-11-28T20:00:00Z").getEpochSecond();
    private static final int HOURS = 8;

    @TempDir
    Path directory;

    private DataSource dataSource;
    private TimeseriesWriter writer;
    private EnergyReadingStore store;
    private EnergyHistoryQuery query;

    /** The store the tests run on: SQLite here, PostgreSQL in {@link EnergyRollupPostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    @BeforeEach
    void openStore() {
        dataSource = migratedStore();
        writer = SqliteFiles.writer(dataSource);
        store = new EnergyReadingStore(writer);
        query = new EnergyHistoryQuery(dataSource);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void readingsInTimeOrder() {
        List<EnergyReading> readings = plug(new Random(1));
        for (int i = 0; i < readings.size(); i += 97) {
            store.store(readings.subList(i, Math.min(readings.size(), i + 97)));
        }
        assertRollupMatchesReadings(readings.size());
    }

    @Test
    void readingsLateShuffledAndMerged() {
        Random random = new Random(2);
        List<EnergyReading> readings = new ArrayList<>(plug(random));
        Collections.shuffle(readings, random);
        for (int i = 0; i < readings.size(); i += 50) {
            store.store(readings.subList(i, Math.min(readings.size(), i + 50)));
        }
        // A second pass that only fills in voltage must change nothing but the voltage.
        store.store(readings.stream().limit(300)
                .map(r -> new EnergyReading(r.getDeviceId(), r.getTimestamp(), null, 230.0, null, null, null, null)).toList());
        // And one that changes power in the middle of hours.
        store.store(readings.stream().skip(300).limit(40)
                .map(r -> new EnergyReading(r.getDeviceId(), r.getTimestamp(), 5.0, null, null, null, null, null)).toList());
        assertRollupMatchesReadings(readings.size());
    }

    @Test
    void oneBatchWithTheSameSecondTwice() {
        store.store(List.of(reading(START, 100.0, 1.0), reading(START + 10, 200.0, null), reading(START + 10, null, 1.1)));

        EnergyBucket hour = query.buckets("plug", range(), Bucket.HOUR).get(0);
        assertEquals(2, hour.count());
        assertEquals(0.1, hour.energyKwh(), 1e-12);
        assertEquals(2, SqliteFiles.longValue(dataSource, "SELECT reading_count FROM energy_devices"));
    }

    private void assertRollupMatchesReadings(int stored) {
        List<EnergyBucket> hours = query.buckets("plug", range(), Bucket.HOUR);
        List<EnergyBucket> minutes = query.buckets("plug", range(), Bucket.MINUTE);
        assertEquals(HOURS, hours.size());
        for (EnergyBucket hour : hours) {
            List<EnergyBucket> within = minutes.stream()
                    .filter(m -> !m.timestamp().isBefore(hour.timestamp()) && m.timestamp().isBefore(hour.timestamp().plusSeconds(3600)))
                    .toList();
            assertEquals(within.stream().mapToLong(EnergyBucket::count).sum(), hour.count(), hour.toString());
            assertEquals(within.stream().mapToDouble(EnergyBucket::energyKwh).sum(), hour.energyKwh(), 1e-9, hour.toString());
            assertEquals(within.stream().mapToDouble(EnergyBucket::powerWMin).min().orElseThrow(), hour.powerWMin());
            assertEquals(within.stream().mapToDouble(EnergyBucket::powerWMax).max().orElseThrow(), hour.powerWMax());
        }
        assertEquals(stored, SqliteFiles.longValue(dataSource, "SELECT reading_count FROM energy_devices WHERE device_id = 'plug'"));
        assertEquals(stored, SqliteFiles.longValue(dataSource, "SELECT SUM(reading_count) FROM energy_hourly"));
        List<EnergyBucket> days = query.buckets("plug", range().alignedTo(Bucket.DAY), Bucket.DAY);
        assertEquals(hours.stream().mapToDouble(EnergyBucket::energyKwh).sum(), days.stream().mapToDouble(EnergyBucket::energyKwh).sum(), 1e-9);
    }

    /** A plug every 30 s with gaps, whose daily counter resets at midnight and is sometimes missing. */
    private static List<EnergyReading> plug(Random random) {
        List<EnergyReading> readings = new ArrayList<>();
        double counter = 3.0;
        for (long t = START; t < START + HOURS * 3600L; t += 30) {
            if (random.nextInt(50) == 0) {
                t += random.nextInt(1800);
            }
            double power = 50 + random.nextInt(2000);
            counter = t % 86400 < 30 ? 0.0 : counter + power * 30 / 3_600_000.0;
            readings.add(reading(t, power, random.nextInt(10) == 0 ? null : counter));
        }
        return readings;
    }

    private static EnergyReading reading(long timestamp, Double power, Double dailyKwh) {
        return new EnergyReading("plug", timestamp, power, null, null, dailyKwh, null, null);
    }

    private static TimeRange range() {
        return new TimeRange(Instant.ofEpochSecond(START), Instant.ofEpochSecond(START + HOURS * 3600L));
    }
}
