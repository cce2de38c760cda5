package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** The rule every device, station and module id obeys, in bodies and in query parameters alike. */
public final class Identifiers {

    public static final int MAX_LENGTH = 128;

    private Identifiers() {
    }

    /** The id when it is acceptable; otherwise null, with the reason added to {@code errors}. */
    public static String check(String id, String field, List<FieldError> errors) {
        if (id.isBlank()) {
            errors.add(new FieldError(field, "must not be empty"));
            return null;
        }
        if (id.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_LENGTH + " characters, was " + id.length()));
            return null;
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return id;
    }

    /** A required id from a query or path parameter. */
    public static String require(String id, String field) {
        if (id == null) {
            throw new InvalidInputException(field, "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String checked = check(id, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }
}
