package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Api.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document the server gives at /openapi describes every operation of the API as the server runs it. */
class OpenApiIT {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** Who is one step below each role: the declared role is needed if this caller is refused. */
    private static final Map<String, User> BELOW = Map.of("viewer", User.ANONYMOUS, "operator", User.VIEWER, "admin", User.OPERATOR);
    /** Who holds just each role: the declared role is enough if this caller is let in. */
    private static final Map<String, User> HOLDER = Map.of("viewer", User.VIEWER, "operator", User.OPERATOR, "admin", User.ADMIN);

    private static JsonObject document;

    @BeforeAll
    static void fetchDocument() {
        HttpResponse<String> answer = Api.get("/openapi?format=JSON", User.ANONYMOUS);
        assertEquals(200, answer.statusCode(), "/openapi needs no credentials: " + answer.body());
        document = Api.object(answer);
    }

    @Test
    void everyResourceMethodIsAnOperationWithASummaryAndItsRole() {
        List<ResourceMethod> methods = ResourceMethod.all();
        assertTrue(methods.size() > 30, "resource methods found: " + methods);
        List<String> missing = new ArrayList<>();
        for (ResourceMethod method : methods) {
            JsonObject operation = operation(method.path(), method.httpMethod());
            if (operation == null) {
                missing.add(method + " is not in the document");
            } else if (operation.getString("summary", "").isBlank() || !operation.containsKey(ApiDocumentFilter.ROLE_EXTENSION)) {
                missing.add(method + " has no summary or no role: " + operation);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(methods.size(), operationCount(), "the document holds an operation no resource method answers");
    }

    @Test
    void theRoleEachOperationNamesIsTheOneTheServerAsks() {
        List<String> wrong = new ArrayList<>();
        for (ResourceMethod method : ResourceMethod.all()) {
            JsonObject operation = operation(method.path(), method.httpMethod());
            String role = operation.getString(ApiDocumentFilter.ROLE_EXTENSION);
            if (!operation.getString("description").startsWith("Role " + role)) {
                wrong.add(method + " does not say its role " + role + " first: " + operation.getString("description"));
            }
            // An id nothing has and no body: the calls let in are refused as 400 or 404 and change nothing.
            String path = method.path().replaceAll("\\{[^}]+}", "openapi-it");
            int below = Api.send(method.httpMethod(), path, null, BELOW.get(role)).statusCode();
            if (below != 401 && below != 403) {
                wrong.add(method + " names the role " + role + ", yet " + BELOW.get(role) + " got " + below);
            }
            int holder = Api.send(method.httpMethod(), path, null, HOLDER.get(role)).statusCode();
            if (holder == 401 || holder == 403) {
                wrong.add(method + " names the role " + role + ", yet " + HOLDER.get(role) + " got " + holder);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyErrorAnswerIsAProblem() {
        JsonObject shared = document.getJsonObject("components").getJsonObject("responses");
        List<String> notProblems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("500"), name + " lacks 401 or 500: " + responses);
            responses.forEach((status, response) -> {
                if (status.compareTo("400") >= 0) {
                    String ref = response.asJsonObject().getString("$ref", "");
                    JsonObject answer = shared.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                    String schema = answer == null ? null : answer.getJsonObject("content").getJsonObject("application/problem+json")
                            .getJsonObject("schema").getString("$ref");
                    if (!ref.startsWith("#/components/responses/") || !PROBLEM_SCHEMA.equals(schema)) {
                        notProblems.add(name + " " + status + ": " + response);
                    }
                }
            });
        });
        assertEquals(List.of(), notProblems);
    }

    @Test
    void theProblemSchemaHasTheFieldsOfARealProblem() {
        JsonObject problem = assertProblem(Api.get("/api/energy/history?device_id=aircon&bucket=2m", User.VIEWER), 400);
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject schema = schemas.getJsonObject("Problem");
        assertEquals(problem.keySet(), schema.getJsonObject("properties").keySet());
        assertEquals(problem.keySet(), new TreeSet<>(schema.getJsonArray("required").getValuesAs(JsonValue::toString)
                .stream().map(name -> name.replace("\"", "")).toList()));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("bucket", error.getString("field"));
        assertEquals(error.keySet(), schemas.getJsonObject("FieldError").getJsonObject("properties").keySet());
        assertEquals("#/components/schemas/FieldError",
                schema.getJsonObject("properties").getJsonObject("errors").getJsonObject("items").getString("$ref"));
    }

    @Test
    void theDocumentNamesTheBuildsVersionAndHowToAuthenticate() throws IOException {
        Properties build = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/com/myhomecontrol/maintenance/control/platform-version.properties")) {
            build.load(in);
        }
        assertEquals(build.getProperty("version"), document.getJsonObject("info").getString("version"));
        assertEquals(Set.of(ApiDocumentFilter.BASIC, ApiDocumentFilter.SESSION, ApiDocumentFilter.CSRF),
                document.getJsonObject("components").getJsonObject("securitySchemes").keySet());
    }

    @Test
    void theUserInterfaceAnswers() {
        HttpResponse<String> ui = Api.get("/openapi/ui/", User.ANONYMOUS);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase(Locale.ROOT).contains("swagger"), ui.body());
        assertFalse(Api.get("/openapi", User.ANONYMOUS).body().isBlank(), "the YAML form");
    }

    private static JsonObject operation(String path, String httpMethod) {
        JsonObject item = document.getJsonObject("paths").getJsonObject(path);
        return item == null ? null : item.getJsonObject(httpMethod.toLowerCase(Locale.ROOT));
    }

    private static int operationCount() {
        int[] count = {0};
        forEachOperation((name, operation) -> count[0]++);
        return count[0];
    }

    private static void forEachOperation(BiConsumer<String, JsonObject> action) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && !method.equals("parameters")) {
                action.accept(method + " " + path, operation.asJsonObject());
            }
        }));
    }
}
