package com.myhomecontrol.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /api/health as the tests read it, in the environments that make its answer what it is. */
public final class HealthApi {

    private HealthApi() {
    }

    public static JsonObject health() {
        var response = Api.get("/api/health", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    public static boolean hasIssue(JsonObject health, String start) {
        return health.getJsonArray("issues").getValuesAs(JsonString.class).stream().anyMatch(issue -> issue.getString().startsWith(start));
    }

    public static boolean mentions(JsonObject health, String text) {
        return health.getJsonArray("issues").getValuesAs(JsonString.class).stream().anyMatch(issue -> issue.getString().contains(text));
    }
}
