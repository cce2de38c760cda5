package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.Verification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The newest verification of each set, kept beside the sets in {@code BACKUP_DIR/.verifications}
 * (a set holds exactly what its manifest lists, so the record cannot go into it), so that listing
 * the sets does not read gigabytes again.
 */
public final class BackupVerifications {

    static final String FOLDER = ".verifications";

    private BackupVerifications() {
    }

    public static void record(BackupSet set, Verification verification) {
        Path file = file(set);
        JsonObjectBuilder json = Json.createObjectBuilder().add("checked_at", verification.checkedAt().toString())
                .add("passed", verification.passed());
        json.add("problem", verification.problem() == null ? JsonValue.NULL : Json.createValue(verification.problem()));
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), json.build().toString(),
                    StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the verification of " + set.directory() + " in " + file, e);
        }
    }

    public static Optional<Verification> of(BackupSet set) {
        Path file = file(set);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var json = Json.createReader(reader)) {
            JsonObject record = json.readObject();
            return Optional.of(new Verification(Instant.parse(record.getString("checked_at")), record.getBoolean("passed"),
                    record.isNull("problem") ? null : record.getString("problem")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static void forget(BackupSet set) {
        try {
            Files.deleteIfExists(file(set));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the verification record of " + set.directory(), e);
        }
    }

    private static Path file(BackupSet set) {
        Path directory = set.directory().toAbsolutePath();
        return directory.getParent().resolve(FOLDER).resolve(directory.getFileName() + ".json");
    }
}
