package com.myhomecontrol.platform.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable values to and from JDBC, where null means unknown. */
public final class SqlValues {

    private SqlValues() {
    }

    public static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value ? 1 : 0);
        }
    }

    public static Double getDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        // wasNull() is a second native call; only a 0 can be a NULL.
        return value == 0 && rows.wasNull() ? null : value;
    }

    public static Boolean getBoolean(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value != 0;
    }
}
