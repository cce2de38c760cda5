package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps every object of a request body, collecting the errors of all of them: the request is
 * refused with every wrong field named, or each object becomes a value.
 */
public final class JsonItems {

    private JsonItems() {
    }

    public static <T> List<T> map(JsonBodyReader.Items items, TimestampParser timestamps, Function<JsonFields, T> mapping) {
        List<FieldError> errors = new ArrayList<>();
        List<T> values = new ArrayList<>(items.objects().size());
        for (int i = 0; i < items.objects().size(); i++) {
            var fields = new JsonFields(items.objects().get(i), items.path(i), errors, timestamps);
            int errorsBefore = errors.size();
            T value = mapping.apply(fields);
            if (errors.size() == errorsBefore) {
                values.add(value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }
}
