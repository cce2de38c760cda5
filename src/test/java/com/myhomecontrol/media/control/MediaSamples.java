package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** Recordings, snapshots and analyses for the media tests, as the parser would accept them. */
final class MediaSamples {

    /** Accepted with microseconds, as the parser stamps them: PostgreSQL keeps no more. */
    static final Instant ACCEPTED = Instant.parse("2026-11-29T12:00:00.123456Z");
    static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

    private MediaSamples() {
    }

    static Medium recording(String id, String camera, Instant timestamp) {
        return new Medium(MediaKind.RECORDING, id, camera, "/media/" + camera + "/" + id + ".mp4", 1_000, 12.5,
                RecordingType.MOTION, timestamp, false, false, json("{\"person\":true}"), ACCEPTED);
    }

    static Medium snapshot(String id, String camera, Instant timestamp) {
        return new Medium(MediaKind.SNAPSHOT, id, camera, "/media/" + camera + "/" + id + ".jpg", 200, null, null,
                timestamp, false, false, json("{}"), ACCEPTED);
    }

    static Analysis analysis(UUID id, MediumKey medium, String type, double confidence, Instant detectedAt) {
        return new Analysis(id, medium, type, confidence, detectedAt, json("{\"box\":[1,2,3,4]}"), ACCEPTED);
    }

    static Analysis analysis(MediumKey medium, String type, double confidence) {
        return analysis(UUID.randomUUID(), medium, type, confidence, T);
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
