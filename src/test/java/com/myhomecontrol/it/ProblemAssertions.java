package com.myhomecontrol.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that an answer is an application/problem+json of the expected status. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type of " + response.body());
        JsonObject problem = Api.object(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    /** A 400 whose errors name the field, e.g. "[2].power_w". */
    public static void assertInvalidField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400);
        boolean named = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonString("field")).map(JsonString::getString).anyMatch(field::equals);
        assertTrue(named, "expected an error naming " + field + " in " + response.body());
    }
}
