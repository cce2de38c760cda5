package com.myhomecontrol.devices.control;

import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers of one poll, by method: a result, or why there is none. */
final class PlugAnswers {

    private final Map<String, JsonObject> results = new LinkedHashMap<>();
    private final Map<String, TapoException> failures = new LinkedHashMap<>();

    void answered(String method, JsonObject result) {
        results.put(method, result);
    }

    void failed(String method, TapoException failure) {
        failures.put(method, failure);
    }

    /** The result, or the failure that stops the poll. */
    JsonObject required(String method) {
        if (failures.containsKey(method)) {
            throw failures.get(method);
        }
        return optional(method).orElseThrow(() -> new TapoException(method + " was not answered"));
    }

    Optional<JsonObject> optional(String method) {
        return Optional.ofNullable(results.get(method));
    }

    Map<String, TapoException> failures() {
        return failures;
    }
}
