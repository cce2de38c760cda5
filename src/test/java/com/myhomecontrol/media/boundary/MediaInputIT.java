package com.myhomecontrol.media.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.platform.control.SingleJsonValue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static com.myhomecontrol.media.boundary.MediaApiIT.encode;
import static com.myhomecontrol.media.boundary.MediaApiIT.mediaPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad input of the issue: 400 problem+json naming the field, and nothing stored. */
class MediaInputIT {

    private final String id = "bad-" + UUID.randomUUID();

    @Test
    void badRecordingsAreRefusedAndNothingIsStored() {
        assertRefused("recording_type", "\"sometimes\"");
        assertRefused("file_size_bytes", "-1");
        assertRefused("duration_seconds", "-0.5");
        assertRefused("metadata", "[1,2]");
        assertRefused("metadata", "\"{}\"");
        assertRefused("metadata", "{\"blob\":\"" + "x".repeat(64 * 1024) + "\"}");
        assertRefused("file_path", "\"/etc/passwd\"");
        assertRefused("file_path", "\"" + mediaPath("../../escape.mp4") + "\"");
        assertRefused("recording_id", "\"" + "r".repeat(129) + "\"");
        assertRefused("camera_id", "\"" + "c".repeat(129) + "\"");
        assertRefused("colour", "\"red\"");
    }

    @Test
    void metadataNestedToTheLimitIsStoredAndReadBack() {
        int levels = SingleJsonValue.MAX_DEPTH - 1;
        String metadata = "{\"a\":".repeat(levels - 1) + "{}" + "}".repeat(levels - 1);
        JsonObject body = Json.createObjectBuilder(recording()).add("metadata", Json.createReader(new StringReader(metadata)).readObject()).build();

        assertEquals(200, Api.post("/api/recordings", body.toString(), OPERATOR).statusCode());
        assertEquals(body.getJsonObject("metadata"), Api.object(Api.get("/api/recordings/" + id, VIEWER)).getJsonObject("metadata"));
        assertEquals(1, Api.object(Api.get("/api/recordings?metadata=" + encode(metadata), VIEWER)).getInt("total"));
    }

    @Test
    void aBatchWithOneBadItemStoresNothing() {
        String good = recording().toString();
        String bad = Json.createObjectBuilder(recording()).add("recording_id", id + "-2").add("recording_type", "sometimes").build().toString();
        assertInvalidField(Api.post("/api/recordings", "[" + good + "," + bad + "]", OPERATOR), "[1].recording_type");
        assertProblem(Api.get("/api/recordings/" + id, VIEWER), 404);
    }

    @Test
    void badAnalysesAreRefused() {
        assertEquals(200, Api.post("/api/recordings", recording().toString(), OPERATOR).statusCode());
        String path = "/api/recordings/" + id + "/ai-analysis";
        assertInvalidField(Api.post(path, "{\"analysis_type\":\"person\",\"confidence\":1.5}", OPERATOR), "confidence");
        assertInvalidField(Api.post(path, "{\"analysis_type\":\"person\",\"confidence\":-0.1}", OPERATOR), "confidence");
        assertInvalidField(Api.post(path, "{\"analysis_type\":\"person\",\"confidence\":0.5,\"details\":[]}", OPERATOR), "details");
        assertInvalidField(Api.post(path, "{\"analysis_type\":\"person\",\"confidence\":0.5,\"analysis_id\":\"nope\"}", OPERATOR), "analysis_id");
        assertInvalidField(Api.post(path, "{\"confidence\":0.5}", OPERATOR), "analysis_type");
        assertEquals(0, Api.object(Api.get(path, VIEWER)).getJsonArray("ai_analysis").size());
        assertProblem(Api.post("/api/recordings/" + id + "-unknown/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.5}", OPERATOR), 404);
    }

    @Test
    void badQueryParametersAreNamed() {
        assertInvalidField(Api.get("/api/recordings?limit=1001", VIEWER), "limit");
        assertInvalidField(Api.get("/api/recordings?limit=0", VIEWER), "limit");
        assertInvalidField(Api.get("/api/recordings?recording_type=often", VIEWER), "recording_type");
        assertInvalidField(Api.get("/api/recordings?emergency_only=yes", VIEWER), "emergency_only");
        assertInvalidField(Api.get("/api/recordings?metadata=" + encode("[1]"), VIEWER), "metadata");
        assertInvalidField(Api.get("/api/recordings?metadata=" + encode("{broken"), VIEWER), "metadata");
        assertInvalidField(Api.get("/api/recordings?cursor=forged", VIEWER), "cursor");
        assertInvalidField(Api.get("/api/recordings?hours=2&since=2026-01-01T00:00:00Z", VIEWER), "hours");
        assertInvalidField(Api.get("/api/recordings?since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z", VIEWER), "since");
        assertInvalidField(Api.get("/api/ai-analysis?media_type=video", VIEWER), "media_type");
        assertInvalidField(Api.get("/api/ai-analysis?min_confidence=2", VIEWER), "min_confidence");
        assertInvalidField(Api.get("/api/ai-analysis?details=" + encode("\"x\""), VIEWER), "details");
        assertInvalidField(Api.get("/api/recordings/" + "r".repeat(129), VIEWER), "recording_id");
    }

    /** A valid recording but for one field, which is refused, naming {@code field}; nothing is stored. */
    private void assertRefused(String field, String json) {
        JsonObject body = Json.createObjectBuilder(recording()).add(field, Json.createReader(new StringReader(json)).readValue()).build();
        assertInvalidField(Api.post("/api/recordings", body.toString(), OPERATOR), field);
        assertProblem(Api.get("/api/recordings/" + id, VIEWER), 404);
    }

    private JsonObject recording() {
        return Json.createObjectBuilder().add("recording_id", id).add("camera_id", "cam").add("file_path", mediaPath(id + ".mp4"))
                .add("file_size_bytes", 10).add("recording_type", "motion").build();
    }
}
