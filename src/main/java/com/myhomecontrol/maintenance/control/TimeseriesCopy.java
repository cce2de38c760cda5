package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.CopiedRows;
import com.myhomecontrol.maintenance.entity.CopiedTable;
import com.myhomecontrol.maintenance.entity.CopyPosition;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.control.TimeseriesDialect;
import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copies the time series from SQLite into PostgreSQL a page at a time, each table in the order of
 * its primary key, so that a run stopped anywhere goes on after the last page written. Each page is
 * an upsert that changes a stored row only where it differs, so a second run (the catch-up before
 * the switch) rewrites nothing that is already there, and fires none of the target's triggers for
 * it. The columns are the target's; SQLite's 0 and 1 become PostgreSQL's booleans.
 */
public final class TimeseriesCopy {

    private record Column(String name, boolean isBoolean) {
    }

    private final DataSource source;
    private final DataSource target;
    private final TimeseriesDialect partitions;
    private final Map<CopiedTable, List<Column>> columns = new EnumMap<>(CopiedTable.class);

    public TimeseriesCopy(DataSource source, DataSource target) {
        this.source = source;
        this.target = target;
        this.partitions = TimeseriesDialect.of(TimeseriesStoreKind.POSTGRESQL, target);
    }

    /** From the SQLite store of the parameters into their PostgreSQL, on connections of the job's own. */
    public static TimeseriesCopy of(MigrateTimeseriesParameters parameters, JobEnvironment environment) {
        return new TimeseriesCopy(JobEnvironment.timeseries(parameters.source()),
                environment.open(TimeseriesStoreRef.postgresql(parameters.targetUrl())));
    }

    /** The next page after the position, raw readings only from {@code since}; empty when every table is copied. */
    public Optional<CopiedRows> next(CopyPosition position, long since, int limit) {
        CopiedTable table = position.table();
        List<Object> after = position.lastKey();
        while (true) {
            List<Object[]> rows = page(table, after, since, limit);
            if (!rows.isEmpty()) {
                return Optional.of(new CopiedRows(table, rows));
            }
            if (table.ordinal() + 1 == CopiedTable.values().length) {
                return Optional.empty();
            }
            table = CopiedTable.values()[table.ordinal() + 1];
            after = null;
        }
    }

    /** Where the page ends: its table and the key of its last row. */
    public CopyPosition end(CopiedRows page) {
        Object[] last = page.rows().get(page.rows().size() - 1);
        List<Column> all = columns(page.table());
        List<Object> key = new ArrayList<>();
        for (String column : page.table().key()) {
            key.add(last[indexOf(all, column)]);
        }
        return new CopyPosition(page.table(), key);
    }

    /** Writes the page in one transaction, after making the partitions of its days. */
    public void write(CopiedRows page) {
        CopiedTable table = page.table();
        List<Column> all = columns(table);
        try {
            if (table.isRaw()) {
                int timestamp = indexOf(all, "timestamp");
                partitions.ensurePartitions(RawTableDays.of(table.table(), page.rows(), row -> ((Number) row[timestamp]).longValue()));
            }
            try (Connection connection = target.getConnection(); PreparedStatement upsert = connection.prepareStatement(upsert(table, all))) {
                connection.setAutoCommit(false);
                for (Object[] row : page.rows()) {
                    for (int i = 0; i < all.size(); i++) {
                        upsert.setObject(i + 1, all.get(i).isBoolean() && row[i] instanceof Number n ? n.intValue() != 0 : row[i]);
                    }
                    upsert.addBatch();
                }
                upsert.executeBatch();
                connection.commit();
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot copy " + page.rows().size() + " rows of " + table.table() + " into PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    /** Rows of every table in SQLite, for the progress. */
    public long sourceRows(long since) {
        long rows = 0;
        for (CopiedTable table : CopiedTable.values()) {
            try (Connection connection = source.getConnection();
                 PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table.table() + sinceClause(table, " WHERE "))) {
                bindSince(count, table, since, 1);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    rows += result.getLong(1);
                }
            } catch (SQLException e) {
                throw new JobFailedException("Cannot count " + table.table() + " in SQLite: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private List<Object[]> page(CopiedTable table, List<Object> after, long since, int limit) {
        List<Column> all = columns(table);
        String key = String.join(", ", table.key());
        String where = after == null ? "" : " WHERE (" + key + ") > (" + table.key().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        String sql = "SELECT " + all.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM " + table.table() + where
                + sinceClause(table, where.isEmpty() ? " WHERE " : " AND ") + " ORDER BY " + key + " LIMIT " + limit;
        try (Connection connection = source.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            if (after != null) {
                for (Object value : after) {
                    select.setObject(index++, value);
                }
            }
            bindSince(select, table, since, index);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[all.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read " + table.table() + " from SQLite: " + e.getMessage(), e);
        }
    }

    private static String sinceClause(CopiedTable table, String joiner) {
        return table.isRaw() ? joiner + "timestamp >= ?" : "";
    }

    private static void bindSince(PreparedStatement statement, CopiedTable table, long since, int index) throws SQLException {
        if (table.isRaw()) {
            statement.setLong(index, since);
        }
    }

    private static String upsert(CopiedTable table, List<Column> all) {
        List<String> names = all.stream().map(Column::name).toList();
        List<String> values = names.stream().filter(name -> !table.key().contains(name)).toList();
        String insert = "INSERT INTO " + table.table() + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (" + String.join(", ", table.key()) + ")";
        if (values.isEmpty()) {
            return insert + " DO NOTHING";
        }
        return insert + " DO UPDATE SET " + values.stream().map(name -> name + " = excluded." + name).collect(Collectors.joining(", "))
                + " WHERE (" + values.stream().map(name -> table.table() + "." + name).collect(Collectors.joining(", "))
                + ") IS DISTINCT FROM (" + values.stream().map(name -> "excluded." + name).collect(Collectors.joining(", ")) + ")";
    }

    private List<Column> columns(CopiedTable table) {
        return columns.computeIfAbsent(table, this::targetColumns);
    }

    private List<Column> targetColumns(CopiedTable table) {
        try (Connection connection = target.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = ? ORDER BY ordinal_position")) {
            select.setString(1, table.table());
            List<Column> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Column(rows.getString(1), rows.getString(2).equals("boolean")));
                }
            }
            if (found.isEmpty()) {
                throw new JobFailedException("PostgreSQL has no table " + table.table() + " in its time-series schema");
            }
            return List.copyOf(found);
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read the columns of " + table.table() + " in PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static int indexOf(List<Column> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("No column " + name);
    }
}
