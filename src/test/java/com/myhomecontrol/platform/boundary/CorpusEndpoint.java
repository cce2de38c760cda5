package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An endpoint of the corpus (bad-requests/endpoints/*.json): how to call it validly, and what of it may be wrong. */
record CorpusEndpoint(JsonObject json) {

    String name() {
        return json.getString("endpoint");
    }

    String method() {
        return name().substring(0, name().indexOf(' '));
    }

    Api.User user() {
        return Api.User.valueOf(json.getString("as").toUpperCase());
    }

    String stored() {
        return json.getString("stored");
    }

    boolean takesBody() {
        return json.containsKey("item");
    }

    /** The valid item, with its placeholders. */
    String item() {
        return json.getJsonObject("item").toString();
    }

    /** The kind of its body cases besides those of any body: "batch" unless given. */
    String bodies() {
        return json.getString("bodies", "batch");
    }

    /** The valid body. */
    String validBody() {
        return bodyOf("<<item>>");
    }

    /** A body whose item {@code changed} is refused: after the valid item in a batch, else alone ("oneItem"). */
    String bodyWith(String changed) {
        return oneItem() ? bodyOf(changed) : "[<<item>>," + changed + "]";
    }

    /** How errors name {@code field} of the item {@code changed} of {@link #bodyWith}. */
    String fieldOfChanged(String field) {
        if (!oneItem()) {
            return "[1]." + field;
        }
        return json.containsKey("itemsIn") ? json.getString("itemsIn") + "[0]." + field : field;
    }

    /** The body of one item: the item itself, or in the array of the member that holds the items ("itemsIn"). */
    private String bodyOf(String item) {
        return json.containsKey("itemsIn") ? "{\"" + json.getString("itemsIn") + "\": [" + item + "]}" : item;
    }

    private boolean oneItem() {
        return json.getBoolean("oneItem", false);
    }

    /** The valid item with {@code field} set to the JSON text {@code value}, which may be no valid JSON. */
    String itemWith(String field, String value) {
        Map<String, String> members = new LinkedHashMap<>();
        json.getJsonObject("item").forEach((name, member) -> members.put(name, member.toString()));
        members.put(field, value);
        return members.entrySet().stream().map(member -> "\"" + member.getKey() + "\":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A section of names to strings, such as "fields" or "parameters" (name to the kind of its values); empty when absent. */
    Map<String, String> strings(String section) {
        Map<String, String> strings = new LinkedHashMap<>();
        JsonObject given = json.getJsonObject(section);
        if (given != null) {
            given.forEach((name, value) -> strings.put(name, ((JsonString) value).getString()));
        }
        return strings;
    }

    /**
     * The path and query of a call: the valid parameters, with {@code changed} (name to
     * percent-encoded value, null to leave the parameter out) put in, and {@code extra} appended.
     */
    String uri(Map<String, String> changed, String extra) {
        String path = name().substring(method().length() + 1);
        Map<String, String> query = new LinkedHashMap<>();
        valid("query").forEach(query::put);
        for (var parameter : valid("path").entrySet()) {
            String value = changed.containsKey(parameter.getKey()) ? changed.get(parameter.getKey()) : parameter.getValue();
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        changed.forEach((name, value) -> {
            if (!valid("path").containsKey(name)) {
                query.put(name, value);
            }
        });
        query.values().removeIf(value -> value == null);
        String parameters = query.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
        String all = extra == null ? parameters : parameters.isEmpty() ? extra : parameters + "&" + extra;
        return all.isEmpty() ? path : path + "?" + all;
    }

    /** Percent-encoded UTF-8, for a path segment as for a query. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, String> valid(String section) {
        Map<String, String> values = strings(section);
        values.replaceAll((name, value) -> encode(value));
        return values;
    }
}
