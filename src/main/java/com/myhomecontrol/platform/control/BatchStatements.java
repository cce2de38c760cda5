package com.myhomecontrol.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** One statement executed for many rows as one JDBC batch. */
public final class BatchStatements {

    /** Binds one row to the parameters of the statement. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private BatchStatements() {
    }

    public static <T> void execute(Connection connection, String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
