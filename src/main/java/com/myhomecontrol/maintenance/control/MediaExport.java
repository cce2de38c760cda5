package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.StoreContent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * A logical export of the media metadata without pg_dump: every table of the media schema through
 * {@code COPY ... TO STDOUT} (text format, one row a line) into a gzip file of the set, all in one
 * REPEATABLE READ, read-only transaction, so that the files show the database at one instant
 * while the server goes on writing (a reader there never blocks a writer).
 */
public final class MediaExport {

    private MediaExport() {
    }

    public static StoreContent export(DataSource media, BackupSet set) {
        try (Connection connection = media.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                StoreContent content = export(connection, set);
                connection.commit();
                return content;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new JobFailedException("Cannot export the media metadata: " + e.getMessage(), e);
        }
    }

    private static StoreContent export(Connection connection, BackupSet set) throws SQLException, IOException {
        Map<String, List<String>> tables = MediaTables.columns(connection);
        String schemaVersion = MediaTables.schemaVersion(connection, tables);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Files.createDirectories(set.file(BackupSet.MEDIA_FOLDER));
        Map<String, Long> rowCounts = new TreeMap<>();
        for (var table : tables.entrySet()) {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(set.file(BackupSet.mediaTableFile(table.getKey())))))) {
                rowCounts.put(table.getKey(), copy.copyOut("COPY " + MediaTables.quoted(table.getKey())
                        + " (" + MediaTables.columnList(table.getValue()) + ") TO STDOUT", out));
            }
        }
        return new StoreContent(schemaVersion, rowCounts, tables);
    }
}
