package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.energy.entity.EnergySample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps energy_hourly and energy_devices exact, in the transaction that stored the readings. An
 * hour that is new, or that the readings only extend, is summed up from the readings themselves;
 * an hour they change in the middle (a late or merged reading) is summed up again from the table.
 * An hour whose five-minute statistics the rollup job already made is queued for it again. The
 * statements of a write go as batches, a device's stored hours are read at once: on PostgreSQL each
 * statement is a round trip.
 */
final class EnergyRollup {

    private static final String DEVICE = """
            INSERT INTO energy_devices (device_id, first_timestamp, last_timestamp, reading_count) VALUES (?, ?, ?, ?)
            ON CONFLICT (device_id) DO UPDATE SET
                first_timestamp = CASE WHEN excluded.first_timestamp < energy_devices.first_timestamp
                                       THEN excluded.first_timestamp ELSE energy_devices.first_timestamp END,
                last_timestamp  = CASE WHEN excluded.last_timestamp > energy_devices.last_timestamp
                                       THEN excluded.last_timestamp ELSE energy_devices.last_timestamp END,
                reading_count   = energy_devices.reading_count + excluded.reading_count
            """;
    private static final String LATE = """
            INSERT INTO energy_rollup_pending (hour_start, device_id)
            SELECT ?, ? WHERE ? < (SELECT rolled_up_to FROM rollup_marks WHERE statistics = '%s')
            ON CONFLICT DO NOTHING
            """.formatted(EnergyStatistics.MARK);

    private EnergyRollup() {
    }

    /** Call after the readings are upserted, in the same transaction. */
    static void update(Connection connection, List<EnergyReading> readings) throws SQLException {
        Map<String, TreeMap<Long, List<EnergyReading>>> byDeviceAndHour = readings.stream().collect(Collectors.groupingBy(
                EnergyReading::getDeviceId, TreeMap::new,
                Collectors.groupingBy(r -> EnergyPeriod.hourOf(r.getTimestamp()), TreeMap::new, Collectors.toList())));
        try (EnergyPeriodTable hours = new EnergyPeriodTable(connection, EnergyPeriodTable.HOURLY);
             PreparedStatement devices = connection.prepareStatement(DEVICE);
             PreparedStatement late = connection.prepareStatement(LATE)) {
            for (var device : byDeviceAndHour.entrySet()) {
                TreeMap<Long, List<EnergyReading>> byHour = device.getValue();
                Map<Long, EnergyPeriod> stored = storedHours(hours, device.getKey(), byHour);
                long added = 0;
                for (var hour : byHour.entrySet()) {
                    added += updateHour(connection, hours, device.getKey(), hour.getKey(), hour.getValue(), stored.get(hour.getKey()));
                    queueIfRolledUp(late, device.getKey(), hour.getKey(), hour.getValue());
                }
                List<EnergyReading> all = byHour.values().stream().flatMap(List::stream).toList();
                updateDevice(devices, device.getKey(), all, added);
            }
            hours.saveBatched();
            late.executeBatch();
            devices.executeBatch();
        }
    }

    /**
     * The stored hours of the device that the readings fall in, read at once where they lie close
     * together (the usual write: the newest minutes of each plug), else hour by hour (a reading of
     * last year beside today's).
     */
    private static Map<Long, EnergyPeriod> storedHours(EnergyPeriodTable hours, String deviceId, TreeMap<Long, List<EnergyReading>> byHour)
            throws SQLException {
        long first = byHour.firstKey();
        long last = byHour.lastKey();
        Map<Long, EnergyPeriod> stored = new HashMap<>();
        if ((last - first) / EnergyPeriod.HOUR + 1 <= 2L * byHour.size()) {
            hours.list(deviceId, first, last + EnergyPeriod.HOUR).forEach(period -> stored.put(period.start(), period));
        } else {
            for (long hour : byHour.keySet()) {
                EnergyPeriod period = hours.find(deviceId, hour);
                if (period != null) {
                    stored.put(hour, period);
                }
            }
        }
        return stored;
    }

    /** Returns how many readings the hour gained; its row is saved with the others of the write, at its end. */
    private static long updateHour(Connection connection, EnergyPeriodTable hours, String deviceId, long hourStart,
                                   List<EnergyReading> readings, EnergyPeriod stored) throws SQLException {
        List<EnergySample> samples = readings.stream()
                .map(r -> new EnergySample(r.getTimestamp(), r.getPowerW(), r.getDailyEnergyKwh()))
                .sorted(Comparator.comparingLong(EnergySample::timestamp))
                .toList();
        boolean distinct = samples.stream().map(EnergySample::timestamp).distinct().count() == samples.size();
        boolean onlyLater = stored == null || samples.get(0).timestamp() > stored.last().timestamp();
        EnergyAccumulator hour;
        if (distinct && onlyLater) {
            hour = stored == null ? new EnergyAccumulator(hourStart) : EnergyAccumulator.continuing(stored);
            hour.addInOrder(samples);
        } else {
            hour = new EnergyAccumulator(hourStart);
            hour.addInOrder(EnergySamples.read(connection, deviceId, hourStart, hourStart + EnergyPeriod.HOUR));
        }
        EnergyPeriod updated = hour.toPeriod();
        hours.saveInBatch(deviceId, updated);
        return updated.readingCount() - (stored == null ? 0 : stored.readingCount());
    }

    private static void queueIfRolledUp(PreparedStatement late, String deviceId, long hourStart, List<EnergyReading> readings) throws SQLException {
        late.setLong(1, hourStart);
        late.setString(2, deviceId);
        late.setLong(3, readings.stream().mapToLong(EnergyReading::getTimestamp).min().orElseThrow());
        late.addBatch();
    }

    private static void updateDevice(PreparedStatement devices, String deviceId, List<EnergyReading> readings, long added) throws SQLException {
        devices.setString(1, deviceId);
        devices.setLong(2, readings.stream().mapToLong(EnergyReading::getTimestamp).min().orElseThrow());
        devices.setLong(3, readings.stream().mapToLong(EnergyReading::getTimestamp).max().orElseThrow());
        devices.setLong(4, added);
        devices.addBatch();
    }
}
