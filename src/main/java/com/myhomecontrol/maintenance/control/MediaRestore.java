package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MediaMode;
import com.myhomecontrol.maintenance.entity.StoreContent;
import com.myhomecontrol.platform.control.SchemaMigrations;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Puts the media tables of a set back, in one transaction: all or nothing. The database must be
 * at the set's schema version with the same tables and columns (a database the platform never
 * migrated is migrated first, as the server would); {@code empty} refuses a database that holds
 * media rows, {@code replace} truncates the tables. Each table is loaded with
 * {@code COPY ... FROM STDIN} while its triggers are disabled (inside the transaction, so a
 * failure enables them again): the triggers that keep camera_media_totals would otherwise add
 * every restored medium to the totals restored beside them. The schema history stays the
 * database's own, which is at the set's version.
 */
public final class MediaRestore {

    private MediaRestore() {
    }

    /** Refuses what the restore would refuse, changing nothing. */
    public static void check(DataSource media, StoreContent exported, MediaMode mode) {
        try (Connection connection = media.getConnection()) {
            Map<String, List<String>> tables = MediaTables.columns(connection);
            if (!(tables.isEmpty() && mode == MediaMode.EMPTY)) {
                compare(connection, tables, exported, mode);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot check the media database: " + e.getMessage(), e);
        }
    }

    /** Answers the rows restored per table. */
    public static Map<String, Long> restore(DataSource media, BackupSet set, StoreContent exported, MediaMode mode) {
        try (Connection connection = media.getConnection()) {
            if (mode == MediaMode.EMPTY && MediaTables.columns(connection).isEmpty()) {
                migrate(media);
            }
            connection.setAutoCommit(false);
            try {
                Map<String, Long> restored = restore(connection, set, exported, mode);
                connection.commit();
                return restored;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new JobFailedException("Cannot restore the media metadata, no row of the set was restored: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> restore(Connection connection, BackupSet set, StoreContent exported, MediaMode mode)
            throws SQLException, IOException {
        Map<String, List<String>> tables = dataTables(MediaTables.columns(connection));
        String all = String.join(", ", tables.keySet().stream().map(MediaTables::quoted).toList());
        execute(connection, "LOCK TABLE " + all + " IN ACCESS EXCLUSIVE MODE");
        compare(connection, MediaTables.columns(connection), exported, mode);
        if (mode == MediaMode.REPLACE) {
            execute(connection, "TRUNCATE " + all);
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> restored = new TreeMap<>();
        for (var table : tables.entrySet()) {
            String name = MediaTables.quoted(table.getKey());
            execute(connection, "ALTER TABLE " + name + " DISABLE TRIGGER USER");
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(
                    Files.newInputStream(set.file(BackupSet.mediaTableFile(table.getKey())))))) {
                long rows = copy.copyIn("COPY " + name + " (" + MediaTables.columnList(table.getValue()) + ") FROM STDIN", in);
                if (rows != exported.rowCounts().get(table.getKey())) {
                    throw new JobFailedException("COPY put " + rows + " rows into " + table.getKey() + ", the set holds "
                            + exported.rowCounts().get(table.getKey()));
                }
                restored.put(table.getKey(), rows);
            }
            execute(connection, "ALTER TABLE " + name + " ENABLE TRIGGER USER");
        }
        return restored;
    }

    private static void compare(Connection connection, Map<String, List<String>> tables, StoreContent exported, MediaMode mode)
            throws SQLException {
        String version = MediaTables.schemaVersion(connection, tables);
        if (!version.equals(exported.schemaVersion())) {
            throw new JobFailedException("The media database is at schema version " + version + ", the set at "
                    + exported.schemaVersion() + ": restore into a database of the set's version");
        }
        Map<String, List<String>> here = dataTables(tables);
        Map<String, List<String>> there = dataTables(exported.columns());
        if (!here.equals(there)) {
            throw new JobFailedException("The media database's tables and columns " + here + " differ from the set's " + there);
        }
        if (mode == MediaMode.EMPTY) {
            Map<String, Long> rows = new TreeMap<>();
            for (String table : here.keySet()) {
                try (Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("SELECT count(*) FROM " + MediaTables.quoted(table))) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        rows.put(table, count.getLong(1));
                    }
                }
            }
            if (!rows.isEmpty()) {
                throw new JobFailedException("mediaMode=empty, but the media database holds rows " + rows
                        + "; mediaMode=replace replaces them");
            }
        }
    }

    private static void migrate(DataSource media) {
        try {
            SchemaMigrations.migrate(media, SchemaMigrations.MEDIA);
        } catch (FlywayException e) {
            throw new JobFailedException("Cannot migrate the new media database: " + e.getMessage(), e);
        }
    }

    /** Every table but the schema history. */
    private static Map<String, List<String>> dataTables(Map<String, List<String>> tables) {
        Map<String, List<String>> data = new TreeMap<>(tables);
        data.remove(MediaTables.SCHEMA_HISTORY);
        return data;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
