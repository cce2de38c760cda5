package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/** Writes and reads the manifest.json of a backup set. */
public final class BackupManifest {

    private BackupManifest() {
    }

    public static void write(Manifest manifest, Path file) {
        JsonObjectBuilder rowCounts = JSON.createObjectBuilder();
        new TreeMap<>(manifest.rowCounts()).forEach(rowCounts::add);
        JsonObjectBuilder sha256 = JSON.createObjectBuilder();
        new TreeMap<>(manifest.sha256()).forEach(sha256::add);
        JsonObject json = JSON.createObjectBuilder()
                .add("platform_version", manifest.platformVersion())
                .add("schema_version", manifest.schemaVersion())
                .add("started", manifest.started().toString())
                .add("ended", manifest.ended().toString())
                .add("row_counts", rowCounts)
                .add("sha256", sha256)
                .build();
        try (Writer out = Files.newBufferedWriter(file);
             JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        } catch (IOException e) {
            throw new JobFailedException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static Manifest read(Path file) {
        try (Reader in = Files.newBufferedReader(file); JsonReader reader = JSON.createReader(in)) {
            JsonObject json = reader.readObject();
            Map<String, Long> rowCounts = new TreeMap<>();
            json.getJsonObject("row_counts").forEach((table, count) -> rowCounts.put(table, ((JsonNumber) count).longValueExact()));
            Map<String, String> sha256 = new TreeMap<>();
            json.getJsonObject("sha256").forEach((name, hash) -> sha256.put(name, ((JsonString) hash).getString()));
            return new Manifest(json.getString("platform_version"), json.getString("schema_version"),
                    Instant.parse(json.getString("started")), Instant.parse(json.getString("ended")), rowCounts, sha256);
        } catch (IOException | JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | DateTimeParseException e) {
            throw new JobFailedException("Manifest " + file + " cannot be read: " + e, e);
        }
    }
}
