package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.myhomecontrol.platform.control.JsonBodies.errors;
import static com.myhomecontrol.platform.control.JsonBodies.fields;
import static com.myhomecontrol.platform.control.JsonBodies.fourth;
import static com.myhomecontrol.platform.control.JsonBodies.items;
import static com.myhomecontrol.platform.control.JsonBodies.object;
import static com.myhomecontrol.platform.control.JsonBodies.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MediaParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.123456789Z");
    private static final MediumKey RECORDING = new MediumKey(MediaKind.RECORDING, "rec-1");

    @TempDir
    static Path root;

    private MediaParser parser;
    private Map<String, String> recording;
    private Map<String, String> snapshot;
    private Map<String, String> analysis;

    @BeforeEach
    void createParser() {
        parser = new MediaParser(new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC)), new MediaRoots(List.of(root)));
        recording = new LinkedHashMap<>();
        recording.put("recording_id", quoted("rec-1"));
        recording.put("camera_id", quoted("front door"));
        recording.put("file_path", quoted(root.resolve("front/rec-1.mp4").toString()));
        recording.put("file_size_bytes", "1048576");
        recording.put("timestamp", quoted("2026-11-29T11:00:00Z"));
        snapshot = new LinkedHashMap<>(recording);
        snapshot.remove("recording_id");
        snapshot.put("snapshot_id", quoted("snap-1"));
        snapshot.put("file_path", quoted(root.resolve("front/snap-1.jpg").toString()));
        analysis = new LinkedHashMap<>();
        analysis.put("analysis_type", quoted("person"));
        analysis.put("confidence", "0.87");
    }

    @Test
    void readsEveryFieldOfARecording() {
        Medium medium = recording(object(recording, "duration_seconds", "30.5", "recording_type", quoted("motion"),
                "is_emergency", "true", "is_unusual", "true", "metadata", "{\"person\":true,\"zones\":[1,2]}"));

        assertEquals(MediaKind.RECORDING, medium.kind());
        assertEquals("rec-1", medium.id());
        assertEquals("front door", medium.cameraId());
        assertEquals(root.resolve("front/rec-1.mp4").toString(), medium.filePath());
        assertEquals(1_048_576, medium.fileSizeBytes());
        assertEquals(30.5, medium.durationSeconds());
        assertEquals(RecordingType.MOTION, medium.recordingType());
        assertEquals(Instant.parse("2026-11-29T11:00:00Z"), medium.timestamp());
        assertTrue(medium.emergency());
        assertTrue(medium.unusual());
        assertEquals(MediaSamples.json("{\"person\":true,\"zones\":[1,2]}"), medium.metadata());
        assertEquals(Instant.parse("2026-11-29T12:00:00.123456Z"), medium.createdAt(), "accepted, to the microsecond");
    }

    @Test
    void recordingDefaults() {
        Medium medium = recording(object(recording, "timestamp", null));

        assertEquals(RecordingType.AUTOMATIC, medium.recordingType());
        assertFalse(medium.emergency());
        assertFalse(medium.unusual());
        assertNull(medium.durationSeconds());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), medium.timestamp(), "the second of acceptance");
        assertEquals(MediaSamples.json("{}"), medium.metadata());
    }

    @Test
    void anEmergencyRecordingIsAnEmergencyUnlessSaidOtherwise() {
        assertTrue(recording(object(recording, "recording_type", quoted("emergency"))).emergency());
        assertFalse(recording(object(recording, "recording_type", quoted("emergency"), "is_emergency", "false")).emergency());
        assertFalse(recording(object(recording, "recording_type", quoted("on_demand"))).emergency());
        assertTrue(recording(object(recording, "recording_type", quoted("on_demand"), "is_emergency", "true")).emergency());
    }

    @Test
    void readsASnapshot() {
        List<Medium> media = parser.media(MediaKind.SNAPSHOT, items(object(snapshot, "metadata", "{\"a\":1}")));

        Medium medium = media.get(0);
        assertEquals(MediaKind.SNAPSHOT, medium.kind());
        assertEquals("snap-1", medium.id());
        assertNull(medium.durationSeconds());
        assertNull(medium.recordingType());
        assertFalse(medium.emergency());
        assertEquals(MediaSamples.json("{\"a\":1}"), medium.metadata());
    }

    @Test
    void aSnapshotHasNoFieldsOfRecordings() {
        List<FieldError> errors = errors(items -> parser.media(MediaKind.SNAPSHOT, items),
                object(snapshot, "duration_seconds", "3", "recording_type", quoted("motion"), "is_emergency", "true"));

        assertEquals(List.of("duration_seconds", "is_emergency", "recording_type"), fields(errors));
    }

    @Test
    void acceptsMetadataOfExactlyTheMaximumSize() {
        String value = "x".repeat(MediaParser.MAX_DOCUMENT_BYTES - "{\"p\":\"\"}".length());
        assertEquals(MediaParser.MAX_DOCUMENT_BYTES,
                recording(object(recording, "metadata", "{\"p\":\"" + value + "\"}")).metadata().toString().length());
    }

    @Test
    void acceptsIdsOfExactlyTheMaximumLength() {
        Medium medium = recording(object(recording, "recording_id", quoted("r".repeat(128)), "camera_id", quoted("c".repeat(128))));
        assertEquals(128, medium.id().length());
        assertEquals(128, medium.cameraId().length());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void refusesABadRecordingNamingTheFieldAndItsIndex(String field, String json, String message) {
        List<FieldError> errors = errors(items -> parser.media(MediaKind.RECORDING, items),
                fourth(object(recording), object(recording, field, json)));

        assertEquals(List.of("[3]." + field), fields(errors));
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    static Stream<Arguments> refusesABadRecordingNamingTheFieldAndItsIndex() {
        return Stream.of(
                arguments("recording_type", quoted("sometimes"), "must be one of on_demand, automatic, motion, emergency"),
                arguments("recording_type", quoted("MOTION"), "must be one of"),
                arguments("recording_type", "1", "must be a string"),
                arguments("file_size_bytes", "-1", "must be between 0"),
                arguments("file_size_bytes", "1.5", "must be a whole number"),
                arguments("file_size_bytes", null, "is required"),
                arguments("duration_seconds", "-0.5", "must be between 0"),
                arguments("duration_seconds", quoted("long"), "must be a number"),
                arguments("is_unusual", quoted("yes"), "must be true or false"),
                arguments("metadata", quoted("{}"), "must be a JSON object"),
                arguments("metadata", "[1]", "must be a JSON object"),
                arguments("metadata", "{\"p\":\"" + "x".repeat(MediaParser.MAX_DOCUMENT_BYTES) + "\"}", "must be at most 65536 bytes"),
                arguments("metadata", "{\"p\":\"a\\u0000b\"}", "U+0000"),
                arguments("metadata", "{\"deep\":[{\"a\\u0000\":1}]}", "U+0000"),
                arguments("file_path", quoted("/etc/passwd"), "must lie inside the media roots"),
                arguments("file_path", quoted("relative/outside.mp4"), "must lie inside the media roots"),
                arguments("file_path", quoted(root.resolve("front/../../etc/passwd").toString()), "must not contain \"..\""),
                arguments("file_path", quoted(root.resolve("front/../front/a.mp4").toString()), "must not contain \"..\""),
                arguments("file_path", quoted(""), "must not be empty"),
                arguments("file_path", null, "is required"),
                arguments("recording_id", quoted("r".repeat(129)), "must be at most 128 characters"),
                arguments("recording_id", null, "is required"),
                arguments("camera_id", quoted("c".repeat(129)), "must be at most 128 characters"),
                arguments("camera_id", quoted("cam\\n1"), "control characters"),
                arguments("timestamp", quoted("2026-11-29T11:00:00"), "has no offset"),
                arguments("colour", quoted("red"), "is not a known field"));
    }

    @Test
    void namesEveryWrongFieldOfOneItem() {
        List<FieldError> errors = errors(items -> parser.media(MediaKind.RECORDING, items),
                object(recording, "recording_type", quoted("x"), "file_size_bytes", "-1", "unknown", "1"));

        assertEquals(List.of("unknown", "file_size_bytes", "recording_type"), fields(errors));
    }

    @Test
    void readsAnalysesAndGivesEachWithoutAnIdANewOne() {
        UUID given = UUID.randomUUID();
        List<Analysis> analyses = parser.analyses(RECORDING, items("[" + object(analysis, "analysis_id", quoted(given.toString()),
                "detected_at", quoted("2026-11-29T11:30:00Z"), "details", "{\"box\":[1,2]}") + ","
                + object(analysis) + "," + object(analysis) + "]"));

        assertEquals(given, analyses.get(0).analysisId());
        assertEquals(RECORDING, analyses.get(0).medium());
        assertEquals("person", analyses.get(0).analysisType());
        assertEquals(0.87, analyses.get(0).confidence());
        assertEquals(Instant.parse("2026-11-29T11:30:00Z"), analyses.get(0).detectedAt());
        assertEquals(MediaSamples.json("{\"box\":[1,2]}"), analyses.get(0).details());
        assertEquals(Instant.parse("2026-11-29T12:00:00.123456Z"), analyses.get(0).createdAt());
        assertNotEquals(analyses.get(1).analysisId(), analyses.get(2).analysisId());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), analyses.get(1).detectedAt(), "detected when accepted");
        assertEquals(MediaSamples.json("{}"), analyses.get(1).details());
    }

    @Test
    void acceptsTheBoundsOfConfidence() {
        assertEquals(0.0, parser.analyses(RECORDING, items(object(analysis, "confidence", "0"))).get(0).confidence());
        assertEquals(1.0, parser.analyses(RECORDING, items(object(analysis, "confidence", "1"))).get(0).confidence());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void refusesABadAnalysisNamingTheFieldAndItsIndex(String field, String json, String message) {
        List<FieldError> errors = errors(items -> parser.analyses(RECORDING, items),
                fourth(object(analysis), object(analysis, field, json)));

        assertEquals(List.of("[3]." + field), fields(errors));
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    static Stream<Arguments> refusesABadAnalysisNamingTheFieldAndItsIndex() {
        return Stream.of(
                arguments("confidence", "-0.01", "must be between 0 and 1"),
                arguments("confidence", "1.01", "must be between 0 and 1"),
                arguments("confidence", quoted("high"), "must be a number"),
                arguments("confidence", null, "is required"),
                arguments("analysis_id", quoted("not-a-uuid"), "must be a UUID"),
                arguments("analysis_type", quoted("t".repeat(129)), "must be at most 128 characters"),
                arguments("analysis_type", null, "is required"),
                arguments("details", "[]", "must be a JSON object"),
                arguments("details", "{\"p\":\"" + "x".repeat(MediaParser.MAX_DOCUMENT_BYTES) + "\"}", "must be at most 65536 bytes"),
                arguments("details", "{\"p\":\"\\u0000\"}", "U+0000"),
                arguments("detected_at", quoted("yesterday"), "ISO-8601"),
                arguments("media_id", quoted("rec-1"), "is not a known field"));
    }

    private Medium recording(String json) {
        return parser.media(MediaKind.RECORDING, items(json)).get(0);
    }
}
