package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonFields;
import com.myhomecontrol.platform.control.JsonItems;
import com.myhomecontrol.platform.control.TimestampParser;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Turns posted recordings, snapshots and analyses into values, or names every field that is wrong. */
public class MediaParser {

    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    private static final int MAX_PATH_LENGTH = 4096;
    private static final long MAX_FILE_BYTES = 1L << 50;
    private static final double MAX_DURATION_SECONDS = 366 * 24 * 3600.0;

    static final String NUL_RULE = "must not contain the character U+0000";

    private static final Set<String> RECORDING_FIELDS = Set.of("recording_id", "camera_id", "file_path",
            "file_size_bytes", "duration_seconds", "recording_type", "timestamp", "is_emergency", "is_unusual", "metadata");
    private static final Set<String> SNAPSHOT_FIELDS = Set.of("snapshot_id", "camera_id", "file_path",
            "file_size_bytes", "timestamp", "metadata");
    private static final Set<String> ANALYSIS_FIELDS = Set.of("analysis_id", "analysis_type", "confidence",
            "detected_at", "details");

    private final TimestampParser timestamps;
    private final MediaRoots roots;

    public MediaParser(TimestampParser timestamps, MediaRoots roots) {
        this.timestamps = timestamps;
        this.roots = roots;
    }

    /** The media of the body, each stamped with the moment it was accepted. */
    public List<Medium> media(MediaKind kind, JsonBodyReader.Items items) {
        Instant accepted = now();
        return JsonItems.map(items, timestamps, fields -> medium(kind, fields, accepted));
    }

    /** The analyses of the body for one medium; an analysis without an id gets a new one. */
    public List<Analysis> analyses(MediumKey medium, JsonBodyReader.Items items) {
        Instant accepted = now();
        return JsonItems.map(items, timestamps, fields -> analysis(medium, fields, accepted));
    }

    private Medium medium(MediaKind kind, JsonFields fields, Instant accepted) {
        boolean recording = kind == MediaKind.RECORDING;
        fields.rejectUnknown(recording ? RECORDING_FIELDS : SNAPSHOT_FIELDS);
        String id = fields.id(kind.idField());
        String cameraId = fields.id("camera_id");
        String filePath = filePath(fields);
        fields.require("file_size_bytes");
        Long size = fields.wholeNumber("file_size_bytes", 0, MAX_FILE_BYTES);
        Double duration = recording ? fields.number("duration_seconds", 0, MAX_DURATION_SECONDS) : null;
        RecordingType type = recording ? recordingType(fields) : null;
        Instant timestamp = fields.timestamp("timestamp", accepted.truncatedTo(ChronoUnit.SECONDS));
        boolean emergency = recording && fields.bool("is_emergency", type == RecordingType.EMERGENCY);
        boolean unusual = recording && fields.bool("is_unusual", false);
        return new Medium(kind, id, cameraId, filePath, size == null ? 0 : size, duration, type, timestamp,
                emergency, unusual, document(fields, "metadata"), accepted);
    }

    private String filePath(JsonFields fields) {
        fields.require("file_path");
        String path = fields.text("file_path", MAX_PATH_LENGTH);
        if (path == null) {
            return null;
        }
        return roots.check(path, fields.path("file_path"), fields.errors());
    }

    private static RecordingType recordingType(JsonFields fields) {
        String label = fields.text("recording_type", 32);
        if (label == null) {
            return RecordingType.AUTOMATIC;
        }
        return RecordingType.of(label).orElseGet(() -> {
            fields.error("recording_type", "must be one of " + String.join(", ", RecordingType.labels()) + ", was \"" + label + "\"");
            return null;
        });
    }

    private Analysis analysis(MediumKey medium, JsonFields fields, Instant accepted) {
        fields.rejectUnknown(ANALYSIS_FIELDS);
        UUID id = analysisId(fields);
        String type = fields.id("analysis_type");
        fields.require("confidence");
        Double confidence = fields.number("confidence", 0, 1);
        Instant detectedAt = fields.timestamp("detected_at", accepted.truncatedTo(ChronoUnit.SECONDS));
        return new Analysis(id, medium, type, confidence == null ? 0 : confidence, detectedAt,
                document(fields, "details"), accepted);
    }

    private static JsonObject document(JsonFields fields, String name) {
        JsonObject document = fields.object(name, MAX_DOCUMENT_BYTES);
        if (containsNul(document)) {
            fields.error(name, NUL_RULE);
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return document;
    }

    /** PostgreSQL's jsonb refuses U+0000 in a string or a key: accepted, it would fail the write, or the replay. */
    static boolean containsNul(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .anyMatch(member -> member.getKey().indexOf('\0') >= 0 || containsNul(member.getValue()));
            case ARRAY -> value.asJsonArray().stream().anyMatch(MediaParser::containsNul);
            case STRING -> ((JsonString) value).getString().indexOf('\0') >= 0;
            default -> false;
        };
    }

    private static UUID analysisId(JsonFields fields) {
        String text = fields.text("analysis_id", 36);
        if (text == null) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            fields.error("analysis_id", "must be a UUID, was \"" + text + "\"");
            return null;
        }
    }

    /** PostgreSQL keeps microseconds: a value read back must equal the one accepted. */
    private Instant now() {
        return timestamps.now().truncatedTo(ChronoUnit.MICROS);
    }
}
