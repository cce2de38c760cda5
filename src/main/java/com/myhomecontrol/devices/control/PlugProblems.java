package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields a poll left unknown and why, as "voltage_v, current_a: get_emeter_data error_code
 * -40210". A method the firmware does not have (-1002) is no problem: the plug simply does not
 * measure that, as its measures say; nor is a failed method whose fields another method gave.
 */
final class PlugProblems {

    private PlugProblems() {
    }

    static List<String> of(PlugReading reading, Map<String, TapoException> failures) {
        List<String> measured = reading.measures();
        List<String> problems = new ArrayList<>();
        failures.forEach((method, failure) -> {
            if (notSupported(failure)) {
                return;
            }
            List<String> missing = TapoMethods.fieldsOf(method).stream().filter(field -> !measured.contains(field)).toList();
            if (!missing.isEmpty()) {
                problems.add(String.join(", ", missing) + ": " + why(method, failure));
            }
        });
        return problems;
    }

    static boolean notSupported(TapoException failure) {
        return failure instanceof TapoErrorCodeException e && e.errorCode() == TapoErrorCodes.UNKNOWN_METHOD;
    }

    static String why(String method, TapoException failure) {
        return failure instanceof TapoErrorCodeException e ? method + " error_code " + e.errorCode() : failure.getMessage();
    }
}
