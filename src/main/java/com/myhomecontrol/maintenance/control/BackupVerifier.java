package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.Manifest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Checks a backup set against its manifest: the checksums first, as they need no SQLite to read
 * a damaged file, then SQLite's integrity_check and the row counts.
 */
public final class BackupVerifier {

    private BackupVerifier() {
    }

    public static void verify(BackupSet set) {
        Manifest manifest = BackupManifest.read(set.manifest());
        manifest.sha256().forEach((name, expected) -> {
            String actual = FileChecksums.sha256(set.directory().resolve(name));
            if (!actual.equals(expected)) {
                throw new JobFailedException("sha256 of " + name + " in " + set.directory() + " is " + actual
                        + ", the manifest says " + expected);
            }
        });
        try (Connection copy = SqliteSnapshot.openReadOnly(set.timeseriesCopy())) {
            String integrity = integrityCheck(copy);
            if (!"ok".equals(integrity)) {
                throw new JobFailedException("integrity_check of " + set.timeseriesCopy() + " answers: " + integrity);
            }
            Map<String, Long> rowCounts = SqliteSnapshot.rowCounts(copy);
            if (!rowCounts.equals(manifest.rowCounts())) {
                throw new JobFailedException("Row counts of " + set.timeseriesCopy() + " are " + rowCounts
                        + ", the manifest says " + manifest.rowCounts());
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot check " + set.timeseriesCopy() + ": " + e.getMessage(), e);
        }
    }

    private static String integrityCheck(Connection copy) throws SQLException {
        StringBuilder answer = new StringBuilder();
        try (Statement statement = copy.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
                answer.append(answer.isEmpty() ? "" : "; ").append(rows.getString(1));
            }
        }
        return answer.toString();
    }
}
