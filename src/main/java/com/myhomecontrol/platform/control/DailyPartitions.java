package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daily partitions of the raw tables on PostgreSQL, made by the schema's ensure_partitions (which
 * any server sharing the database may call at once). The days known to exist are remembered, so a
 * write of today's readings costs no round trip; a write refused for want of a partition (SQL state
 * 23514: retention, maybe another server's, dropped it) forgets them all, and its retry makes it anew.
 * (A batch's failure names its rows' in its next exceptions, which the loop over it visits.)
 * Made on a connection of their own and committed at once: the write's transaction never holds the
 * lock that creating a partition takes on its table.
 */
final class DailyPartitions {

    static final String NO_PARTITION_FOR_ROW = "23514";

    private final DataSource dataSource;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    DailyPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void ensure(RawTableDays days) throws SQLException {
        long[] missing = Arrays.stream(days.dayStarts()).filter(day -> !known.contains(key(days.table(), day))).toArray();
        if (missing.length == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT ensure_partitions(?, ?, ?)")) {
            connection.setAutoCommit(true);
            for (long day : missing) {
                statement.setString(1, days.table());
                statement.setLong(2, day);
                statement.setLong(3, day + RawTableDays.DAY_SECONDS);
                statement.executeQuery().close();
                known.add(key(days.table(), day));
            }
        }
    }

    boolean forgetAfter(SQLException failure) {
        for (Throwable cause : failure) {
            if (cause instanceof SQLException sql && NO_PARTITION_FOR_ROW.equals(sql.getSQLState())) {
                known.clear();
                return true;
            }
        }
        return false;
    }

    private static String key(String table, long day) {
        return table + '@' + day;
    }
}
