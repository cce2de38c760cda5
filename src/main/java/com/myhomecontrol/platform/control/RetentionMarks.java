package com.myhomecontrol.platform.control;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** From when the retention job keeps a table's rows (epoch seconds), by the rows it leaves in retention_marks. */
public final class RetentionMarks {

    private RetentionMarks() {
    }

    /** Empty while retention has not deleted from it. */
    public static OptionalLong retainedSince(Connection connection, String table) throws SQLException {
        return SqlValues.firstLong(connection, "SELECT retained_since FROM retention_marks WHERE series = ?", table);
    }

    public static Optional<Instant> since(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            OptionalLong since = retainedSince(connection, table);
            return since.isPresent() ? Optional.of(Instant.ofEpochSecond(since.getAsLong())) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the retention mark of " + table + " failed", e);
        }
    }

    /** The start of the first period of {@code seconds} whose rows are all kept. */
    public static long firstWholePeriod(OptionalLong retainedSince, long seconds) {
        return retainedSince.isEmpty() ? Long.MIN_VALUE : -Math.floorDiv(-retainedSince.getAsLong(), seconds) * seconds;
    }
}
