package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.StoreContent;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Checks a backup set against its manifest: the set holds exactly the files the manifest lists,
 * each with its sha256 (which needs no SQLite to read a damaged file), and the parts the manifest
 * says were copied; then SQLite's integrity_check, the schema version and the row counts of the
 * time-series copy, the rows of each media export (a gzip read to its end also checks its CRC),
 * and that the journal files the server appends to end with a whole line. Answers the manifest of
 * a good set.
 */
public final class BackupVerifier {

    private BackupVerifier() {
    }

    public static Manifest verify(BackupSet set) {
        if (!Files.isRegularFile(set.manifest())) {
            throw new JobFailedException("The set " + set.directory() + " has no " + BackupSet.MANIFEST_FILE
                    + " (not a backup set, or one whose backup did not finish)");
        }
        Manifest manifest = BackupManifest.read(set.manifest());
        checkFiles(set, manifest);
        checkParts(set, manifest);
        checkTimeseries(set, manifest.timeseries());
        manifest.media().ifPresent(media -> checkMedia(set, media));
        manifest.sha256().keySet().stream().filter(name -> name.startsWith(BackupSet.JOURNAL_FOLDER + "/"))
                .map(set::file).filter(JournalCopy::isAppended)
                .filter(file -> !JournalCopy.endsWithWholeLine(file))
                .findFirst().ifPresent(file -> {
                    throw new JobFailedException(file + " ends in the middle of a line");
                });
        return manifest;
    }

    private static void checkFiles(BackupSet set, Manifest manifest) {
        Set<String> present = new TreeSet<>(FileChecksums.filesOf(set));
        Set<String> missing = new TreeSet<>(manifest.sha256().keySet());
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new JobFailedException("The set " + set.directory() + " is incomplete: " + missing + " missing");
        }
        present.removeAll(manifest.sha256().keySet());
        if (!present.isEmpty()) {
            throw new JobFailedException("The set " + set.directory() + " holds files its manifest does not list: " + present);
        }
        manifest.sha256().forEach((name, expected) -> {
            String actual = FileChecksums.sha256(set.file(name));
            if (!actual.equals(expected)) {
                throw new JobFailedException("sha256 of " + name + " in " + set.directory() + " is " + actual
                        + ", the manifest says " + expected);
            }
        });
    }

    /** A part's files are in the set exactly when the manifest says the part was copied. */
    private static void checkParts(BackupSet set, Manifest manifest) {
        if (!manifest.outcome(BackupPart.TIMESERIES).isCopied()) {
            throw new JobFailedException("The manifest of " + set.directory() + " says the time-series store was not copied");
        }
        if (manifest.outcome(BackupPart.MEDIA).isCopied() != manifest.media().isPresent()) {
            throw new JobFailedException("The manifest of " + set.directory() + " describes the media export and its outcome differently");
        }
        Set<String> mediaFiles = manifest.media().map(media -> media.rowCounts().keySet().stream()
                .map(BackupSet::mediaTableFile).collect(Collectors.toSet())).orElse(Set.of());
        requireFiles(set, manifest, BackupPart.MEDIA, BackupSet.MEDIA_FOLDER + "/", mediaFiles);
        requireFiles(set, manifest, BackupPart.DEVICES, BackupSet.DEVICES_FILE,
                manifest.outcome(BackupPart.DEVICES).isCopied() ? Set.of(BackupSet.DEVICES_FILE) : Set.of());
        requireFiles(set, manifest, BackupPart.NETATMO_TOKEN, BackupSet.NETATMO_TOKEN_FILE,
                manifest.outcome(BackupPart.NETATMO_TOKEN).isCopied() ? Set.of(BackupSet.NETATMO_TOKEN_FILE) : Set.of());
        if (!manifest.outcome(BackupPart.JOURNAL).isCopied()) {
            requireFiles(set, manifest, BackupPart.JOURNAL, BackupSet.JOURNAL_FOLDER + "/", Set.of());
        }
    }

    private static void requireFiles(BackupSet set, Manifest manifest, BackupPart part, String prefix, Set<String> expected) {
        Set<String> listed = manifest.sha256().keySet().stream().filter(name -> name.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!listed.equals(new TreeSet<>(expected))) {
            throw new JobFailedException("The manifest of " + set.directory() + " lists " + listed + " for the part "
                    + part.label() + " (" + manifest.outcome(part).status().label() + "), which should have " + new TreeSet<>(expected));
        }
    }

    private static void checkTimeseries(BackupSet set, StoreContent expected) {
        try (Connection copy = SqliteSnapshot.openReadOnly(set.timeseriesCopy())) {
            String integrity = integrityCheck(copy);
            if (!"ok".equals(integrity)) {
                throw new JobFailedException("integrity_check of " + set.timeseriesCopy() + " answers: " + integrity);
            }
            String schemaVersion = SqliteSnapshot.schemaVersion(copy);
            if (!schemaVersion.equals(expected.schemaVersion())) {
                throw new JobFailedException("Schema version of " + set.timeseriesCopy() + " is " + schemaVersion
                        + ", the manifest says " + expected.schemaVersion());
            }
            Map<String, Long> rowCounts = SqliteSnapshot.rowCounts(copy);
            if (!rowCounts.equals(expected.rowCounts())) {
                throw new JobFailedException("Row counts of " + set.timeseriesCopy() + " are " + rowCounts
                        + ", the manifest says " + expected.rowCounts());
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot check " + set.timeseriesCopy() + ": " + e.getMessage(), e);
        }
    }

    private static void checkMedia(BackupSet set, StoreContent expected) {
        if (!expected.columns().keySet().equals(expected.rowCounts().keySet())) {
            throw new JobFailedException("The manifest of " + set.directory() + " names columns for the tables "
                    + expected.columns().keySet() + " but rows for " + expected.rowCounts().keySet());
        }
        expected.rowCounts().forEach((table, rows) -> {
            String name = BackupSet.mediaTableFile(table);
            long lines = lines(set, name);
            if (lines != rows) {
                throw new JobFailedException(name + " in " + set.directory() + " holds " + lines + " rows, the manifest says " + rows);
            }
        });
    }

    /** COPY's text format writes one row a line; a newline within a value is written as \n. */
    private static long lines(BackupSet set, String name) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(set.file(name))))) {
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new JobFailedException(name + " in " + set.directory() + " cannot be read: " + e.getMessage(), e);
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
