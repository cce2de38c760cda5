package com.myhomecontrol.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The polls the server stored in a window of whole seconds, read from its time-series database
 * after it stopped: a reading is stored under the second its poll began, so the gaps between a
 * device's readings show polls that started late or not at all.
 */
record StoredPolls(long readings, int devicesThatMissedATick, long longestGapSeconds) {

    private static final String READINGS_IN_WINDOW = """
            SELECT device_id, timestamp FROM energy_timeseries
            WHERE timestamp >= ? AND timestamp < ?
            ORDER BY device_id, timestamp
            """;

    /**
     * A gap of two intervals or more means a poll that started a whole interval late, when the
     * next tick was due: the device fell behind. Shorter gaps are lateness that does not add up: a
     * poll that waits for an executor thread starts late, while the next one starts on time.
     */
    static StoredPolls read(Path database, List<String> deviceIds, long fromSecond, long toSecond, int intervalSeconds) throws SQLException {
        Map<String, Long> longestGaps = new HashMap<>();
        Map<String, Long> lastReadings = new HashMap<>();
        long readings = 0;
        try (Connection connection = SqliteDatabases.open(database).getConnection();
             PreparedStatement statement = connection.prepareStatement(READINGS_IN_WINDOW)) {
            statement.setLong(1, fromSecond);
            statement.setLong(2, toSecond);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String deviceId = rows.getString(1);
                    long timestamp = rows.getLong(2);
                    long previous = lastReadings.getOrDefault(deviceId, fromSecond);
                    longestGaps.merge(deviceId, timestamp - previous, Math::max);
                    lastReadings.put(deviceId, timestamp);
                    readings++;
                }
            }
        }
        long longestGap = 0;
        int missed = 0;
        for (String deviceId : deviceIds) {
            long toEnd = toSecond - lastReadings.getOrDefault(deviceId, fromSecond);
            long gap = Math.max(longestGaps.getOrDefault(deviceId, 0L), toEnd);
            longestGap = Math.max(longestGap, gap);
            if (gap >= 2L * intervalSeconds) {
                missed++;
            }
        }
        return new StoredPolls(readings, missed, longestGap);
    }
}
