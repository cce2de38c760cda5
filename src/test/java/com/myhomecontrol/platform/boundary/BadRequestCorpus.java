package com.myhomecontrol.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The bad requests of src/test/resources/bad-requests: the cases of cases.json applied to each
 * endpoint of endpoints/*.json they fit, bodies of any body and of the endpoint's kind to those
 * taking one, field values to each field by its kind, parameter values to each parameter by its
 * kind, and everyRequest to all.
 */
final class BadRequestCorpus {

    private static final String FOLDER = "bad-requests/";

    private final JsonObject cases = read(FOLDER + "cases.json");
    private final Map<String, String> names;

    /** {@code names} are what the placeholders stand for, such as now and media. */
    BadRequestCorpus(Map<String, String> names) {
        this.names = names;
    }

    Stream<BadRequest> requests() {
        return endpoints().flatMap(endpoint -> Stream.of(bodies(endpoint), fieldValues(endpoint), parameterValues(endpoint),
                everyRequest(endpoint)).flatMap(requests -> requests));
    }

    private Stream<BadRequest> bodies(CorpusEndpoint endpoint) {
        if (!endpoint.takesBody()) {
            return Stream.empty();
        }
        JsonObject bodies = cases.getJsonObject("bodies");
        return Stream.concat(objects(bodies, "any"), objects(bodies, endpoint.bodies())).map(c -> request(endpoint, c,
                endpoint.uri(Map.of(), null), c.getString("body"), c.getString("field", null)));
    }

    private Stream<BadRequest> fieldValues(CorpusEndpoint endpoint) {
        return endpoint.strings("fields").entrySet().stream().flatMap(field ->
                objects(cases.getJsonObject("fieldValues"), field.getValue()).map(value -> request(endpoint, value,
                        endpoint.uri(Map.of(), null), endpoint.bodyWith(endpoint.itemWith(field.getKey(), value.getString("json"))),
                        value.getString("field", endpoint.fieldOfChanged(field.getKey()) + value.getString("at", "")), field.getKey())));
    }

    private Stream<BadRequest> parameterValues(CorpusEndpoint endpoint) {
        return endpoint.strings("parameters").entrySet().stream().flatMap(parameter ->
                objects(cases.getJsonObject("parameterValues"), parameter.getValue()).map(value -> {
                    Map<String, String> changed = new HashMap<>();
                    changed.put(parameter.getKey(), value.getBoolean("omit", false) ? null : parameterText(value));
                    return request(endpoint, value, endpoint.uri(changed, null), endpoint.takesBody() ? endpoint.validBody() : null,
                            value.getString("field", parameter.getKey() + value.getString("at", "")), parameter.getKey());
                }));
    }

    private Stream<BadRequest> everyRequest(CorpusEndpoint endpoint) {
        return objects(cases, "everyRequest").map(c -> request(endpoint, c, endpoint.uri(Map.of(), CorpusText.expand(c.getString("query"), names)),
                endpoint.takesBody() ? endpoint.validBody() : null, c.getString("field")));
    }

    private String parameterText(JsonObject value) {
        return value.containsKey("raw") ? CorpusText.expand(value.getString("raw"), names)
                : CorpusEndpoint.encode(CorpusText.expand(value.getString("text"), names));
    }

    private BadRequest request(CorpusEndpoint endpoint, JsonObject c, String uri, String body, String field, String... about) {
        Map<String, String> withItem = new HashMap<>(names);
        if (endpoint.takesBody()) {
            withItem.put("item", CorpusText.expand(endpoint.item(), names));
        }
        String name = endpoint.name() + ": " + String.join(" ", about) + (about.length == 0 ? "" : " ") + c.getString("case");
        return new BadRequest(name, endpoint.method(), uri, body == null ? null : CorpusText.bytes(body, withItem),
                endpoint.user(), c.getInt("status", 400), field, endpoint.stored());
    }

    private static Stream<CorpusEndpoint> endpoints() {
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(
                BadRequestCorpus.class.getClassLoader().getResource(FOLDER + "endpoints")).toURI()))) {
            List<Path> sorted = files.sorted().toList();
            return sorted.stream().flatMap(file -> objects(read(FOLDER + "endpoints/" + file.getFileName()), "endpoints"))
                    .map(CorpusEndpoint::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<JsonObject> objects(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonObject.class).stream();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = Objects.requireNonNull(BadRequestCorpus.class.getClassLoader().getResourceAsStream(resource), resource);
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
