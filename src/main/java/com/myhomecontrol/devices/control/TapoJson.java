package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;

/**
 * The plug's JSON envelopes: {"method","params"} out, {"error_code","result"} back.
 */
public final class TapoJson {

    private TapoJson() {
    }

    public static String request(String method, JsonObject params) {
        return JsonProviders.JSON.createObjectBuilder().add("method", method).add("params", params).build().toString();
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = JsonProviders.JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new TapoException("the plug's answer is not a JSON object", e);
        }
    }

    /** The result of a successful answer; a non-zero error_code becomes its exception. */
    public static JsonObject result(JsonObject answer, String method) {
        int errorCode = answer.getInt("error_code", 0);
        if (errorCode != 0) {
            throw TapoErrorCodes.exception(errorCode, method);
        }
        return answer.containsKey("result") ? answer.getJsonObject("result") : JsonObject.EMPTY_JSON_OBJECT;
    }
}
