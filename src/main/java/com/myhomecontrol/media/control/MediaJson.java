package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import tools.jackson.core.JsonGenerator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Media and analyses as JSON: the shape of the API's answers, which is also the shape of the
 * journal's lines, so a journal line reads back into exactly what was accepted.
 */
public final class MediaJson {

    private MediaJson() {
    }

    public static JsonObjectBuilder toJson(Medium medium) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add(medium.kind().idField(), medium.id())
                .add("camera_id", medium.cameraId())
                .add("file_path", medium.filePath())
                .add("file_size_bytes", medium.fileSizeBytes());
        if (medium.kind() == MediaKind.RECORDING) {
            json.add("duration_seconds", medium.durationSeconds() == null
                            ? JsonValue.NULL : JSON.createValue(medium.durationSeconds()))
                    .add("recording_type", medium.recordingType().label());
        }
        json.add("timestamp", medium.timestamp().toString());
        if (medium.kind() == MediaKind.RECORDING) {
            json.add("is_emergency", medium.emergency()).add("is_unusual", medium.unusual());
        }
        return json.add("metadata", medium.metadata()).add("created_at", medium.createdAt().toString());
    }

    public static JsonObjectBuilder toJson(Analysis analysis) {
        return JSON.createObjectBuilder()
                .add("analysis_id", analysis.analysisId().toString())
                .add("media_id", analysis.medium().id())
                .add("media_type", analysis.medium().kind().label())
                .add("analysis_type", analysis.analysisType())
                .add("confidence", analysis.confidence())
                .add("detected_at", analysis.detectedAt().toString())
                .add("details", analysis.details())
                .add("created_at", analysis.createdAt().toString());
    }

    /** A page of a listing as the API answers it, written into the generator; each medium with its analyses when {@code withAnalyses}. */
    public static void writePage(JsonGenerator json, MediaKind kind, MediaPage page, boolean withAnalyses) {
        json.writeStartObject();
        json.writeArrayPropertyStart(kind.table());
        page.media().forEach(medium -> {
            var object = toJson(medium);
            if (withAnalyses) {
                object.add("ai_analysis", analyses(page.analyses().getOrDefault(medium.key(), List.of())));
            }
            JsonValues.write(json, object.build());
        });
        json.writeEndArray();
        json.writeNumberProperty("total", page.total());
        json.writeStringProperty("next_cursor", nextCursor(page.next()));
        json.writeEndObject();
    }

    /** A page of an analysis search as the API answers it, written into the generator. */
    public static void writePage(JsonGenerator json, AnalysisPage page) {
        json.writeStartObject();
        json.writeArrayPropertyStart("ai_analysis");
        page.analyses().forEach(analysis -> JsonValues.write(json, toJson(analysis).build()));
        json.writeEndArray();
        json.writeStringProperty("next_cursor", nextCursor(page.next()));
        json.writeEndObject();
    }

    public static JsonArrayBuilder analyses(List<Analysis> analyses) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        analyses.forEach(analysis -> list.add(toJson(analysis)));
        return list;
    }

    private static String nextCursor(Cursor next) {
        return next == null ? null : Cursors.encode(next);
    }

    /** A medium as {@link #toJson(Medium)} wrote it. */
    public static Medium medium(MediaKind kind, JsonObject json) {
        boolean recording = kind == MediaKind.RECORDING;
        JsonValue duration = json.get("duration_seconds");
        return new Medium(kind, json.getString(kind.idField()), json.getString("camera_id"),
                json.getString("file_path"), json.getJsonNumber("file_size_bytes").longValueExact(),
                duration instanceof JsonNumber number ? number.doubleValue() : null,
                recording ? RecordingType.of(json.getString("recording_type")).orElseThrow() : null,
                Instant.parse(json.getString("timestamp")),
                recording && json.getBoolean("is_emergency"), recording && json.getBoolean("is_unusual"),
                json.getJsonObject("metadata"), Instant.parse(json.getString("created_at")));
    }

    /** An analysis as {@link #toJson(Analysis)} wrote it. */
    public static Analysis analysis(JsonObject json) {
        return new Analysis(UUID.fromString(json.getString("analysis_id")),
                new MediumKey(MediaKind.of(json.getString("media_type")).orElseThrow(), json.getString("media_id")),
                json.getString("analysis_type"), json.getJsonNumber("confidence").doubleValue(),
                Instant.parse(json.getString("detected_at")), json.getJsonObject("details"),
                Instant.parse(json.getString("created_at")));
    }
}
