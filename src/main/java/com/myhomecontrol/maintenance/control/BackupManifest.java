package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.PartOutcome;
import com.myhomecontrol.maintenance.entity.StoreContent;
import jakarta.json.JsonArrayBuilder;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/** Writes and reads the manifest.json of a backup set. */
public final class BackupManifest {

    private static final Logger LOG = Logger.getLogger(BackupManifest.class.getName());

    /** Raised when the manifest's layout changes, so that a set is never read by rules it was not written by. */
    public static final int FORMAT = 2;

    private BackupManifest() {
    }

    public static void write(Manifest manifest, Path file) {
        JsonObjectBuilder parts = JSON.createObjectBuilder();
        new TreeMap<>(manifest.parts()).forEach((part, outcome) -> parts.add(part.label(), outcome(outcome)));
        JsonObjectBuilder sha256 = JSON.createObjectBuilder();
        new TreeMap<>(manifest.sha256()).forEach(sha256::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add("platform_version", manifest.platformVersion())
                .add("started", manifest.started().toString())
                .add("ended", manifest.ended().toString())
                .add("parts", parts)
                .add("timeseries", content(manifest.timeseries()));
        manifest.media().ifPresent(media -> json.add("media", content(media)));
        json.add("sha256", sha256);
        try (Writer out = Files.newBufferedWriter(file);
             JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json.build());
        } catch (IOException e) {
            throw new JobFailedException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The manifest, or empty (and a warning logged) when it cannot be read, for listing and rotating sets. */
    public static Optional<Manifest> readable(Path file) {
        try {
            return Optional.of(read(file));
        } catch (JobFailedException e) {
            LOG.warning(() -> "Backup set left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    public static Manifest read(Path file) {
        try (Reader in = Files.newBufferedReader(file); JsonReader reader = JSON.createReader(in)) {
            JsonObject json = reader.readObject();
            int format = json.getInt("format", 1);
            if (format != FORMAT) {
                throw new JobFailedException("Manifest " + file + " is of format " + format + "; this platform reads format " + FORMAT);
            }
            Map<BackupPart, PartOutcome> parts = new EnumMap<>(BackupPart.class);
            json.getJsonObject("parts").forEach((part, outcome) -> parts.put(BackupPart.of(part), outcome(outcome.asJsonObject())));
            Map<String, String> sha256 = new TreeMap<>();
            json.getJsonObject("sha256").forEach((name, hash) -> sha256.put(name, ((JsonString) hash).getString()));
            return new Manifest(json.getString("platform_version"), Instant.parse(json.getString("started")),
                    Instant.parse(json.getString("ended")), content(json.getJsonObject("timeseries")),
                    Optional.ofNullable(json.getJsonObject("media")).map(BackupManifest::content), parts, sha256);
        } catch (IOException | JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | IllegalArgumentException | DateTimeParseException e) {
            throw new JobFailedException("Manifest " + file + " cannot be read: " + e, e);
        }
    }

    private static JsonObjectBuilder outcome(PartOutcome outcome) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("outcome", outcome.status().label());
        return outcome.detail().isEmpty() ? json : json.add("detail", outcome.detail());
    }

    private static PartOutcome outcome(JsonObject json) {
        return new PartOutcome(PartOutcome.Status.valueOf(json.getString("outcome").toUpperCase(Locale.ROOT)),
                json.getString("detail", ""));
    }

    private static JsonObjectBuilder content(StoreContent content) {
        JsonObjectBuilder rowCounts = JSON.createObjectBuilder();
        new TreeMap<>(content.rowCounts()).forEach(rowCounts::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schema_version", content.schemaVersion())
                .add("row_counts", rowCounts);
        if (!content.columns().isEmpty()) {
            JsonObjectBuilder columns = JSON.createObjectBuilder();
            new TreeMap<>(content.columns()).forEach((table, names) -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                names.forEach(array::add);
                columns.add(table, array);
            });
            json.add("columns", columns);
        }
        return json;
    }

    private static StoreContent content(JsonObject json) {
        Map<String, Long> rowCounts = new TreeMap<>();
        json.getJsonObject("row_counts").forEach((table, count) -> rowCounts.put(table, ((JsonNumber) count).longValueExact()));
        Map<String, List<String>> columns = new TreeMap<>();
        Optional.ofNullable(json.getJsonObject("columns")).ifPresent(tables -> tables.forEach((table, names) ->
                columns.put(table, names.asJsonArray().getValuesAs(JsonString::getString))));
        return new StoreContent(json.getString("schema_version"), rowCounts, columns);
    }
}
