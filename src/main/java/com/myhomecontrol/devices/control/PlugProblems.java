package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        failures.forEach((method, failure) -> of(method, failure, measured).ifPresent(problems::add));
        return problems;
    }

    /** The problem a failed method makes, if it leaves a field unknown that {@code measured} does not hold. */
    static Optional<String> of(String method, TapoException failure, List<String> measured) {
        List<String> missing = TapoMethods.fieldsOf(method).stream().filter(field -> !measured.contains(field)).toList();
        if (notSupported(failure) || missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", missing) + ": " + why(method, failure));
    }

    private static boolean notSupported(TapoException failure) {
        return failure instanceof TapoErrorCodeException e && e.errorCode() == TapoErrorCodes.UNKNOWN_METHOD;
    }

    private static String why(String method, TapoException failure) {
        return failure instanceof TapoErrorCodeException e ? method + " error_code " + e.errorCode() : failure.getMessage();
    }
}
