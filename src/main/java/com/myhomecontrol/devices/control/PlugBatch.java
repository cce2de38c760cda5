package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * multipleRequest: the methods of a poll in one round trip. Each method in it succeeds or fails on
 * its own; a method the answer leaves out counts as failed.
 */
final class PlugBatch {

    private PlugBatch() {
    }

    static JsonObject params(List<String> methods) {
        JsonArrayBuilder requests = JsonProviders.JSON.createArrayBuilder();
        methods.forEach(method -> requests.add(JsonProviders.JSON.createObjectBuilder()
                .add("method", method)
                .add("params", JsonObject.EMPTY_JSON_OBJECT)));
        return JsonProviders.JSON.createObjectBuilder().add("requests", requests).build();
    }

    /** Into {@code answers}; an error that concerns the whole session (login, timeout) is thrown. */
    static void answers(JsonObject result, List<String> methods, PlugAnswers answers) {
        if (!(result.get("responses") instanceof JsonArray responses)) {
            throw new TapoException(TapoMethods.MULTIPLE_REQUEST + " answered without responses");
        }
        for (JsonObject response : responses.getValuesAs(JsonObject.class)) {
            String method = response.getString("method", "");
            if (methods.contains(method)) {
                answer(method, response, answers);
            }
        }
        methods.stream()
                .filter(method -> answers.optional(method).isEmpty() && !answers.failures().containsKey(method))
                .forEach(method -> answers.failed(method, new TapoException(method + " was left out of the multipleRequest answer")));
    }

    private static void answer(String method, JsonObject response, PlugAnswers answers) {
        try {
            answers.answered(method, TapoJson.result(response, method));
        } catch (TapoErrorCodeException e) {
            answers.failed(method, e);
        }
    }
}
