package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * PostgreSQL's jsonb containment ({@code @>}) in Java, so that the journal answers a metadata or
 * details filter exactly as PostgreSQL does: an object contains another when it has each of its
 * keys with a containing value, an array when each element is contained by one of its elements,
 * and scalars are equal (numbers by value). At the top level only, an array also contains a
 * scalar that is one of its elements.
 */
public final class JsonContainment {

    private JsonContainment() {
    }

    public static boolean contains(JsonValue document, JsonValue pattern) {
        if (document instanceof JsonArray && !(pattern instanceof JsonStructure)) {
            return nestedContains(document, JsonProviders.JSON.createArrayBuilder().add(pattern).build());
        }
        return nestedContains(document, pattern);
    }

    private static boolean nestedContains(JsonValue document, JsonValue pattern) {
        if (pattern instanceof JsonObject wanted) {
            return document instanceof JsonObject object && wanted.entrySet().stream()
                    .allMatch(entry -> object.containsKey(entry.getKey()) && nestedContains(object.get(entry.getKey()), entry.getValue()));
        }
        if (pattern instanceof JsonArray wanted) {
            return document instanceof JsonArray array && wanted.stream()
                    .allMatch(element -> array.stream().anyMatch(candidate -> nestedContains(candidate, element)));
        }
        if (pattern instanceof JsonNumber number) {
            return document instanceof JsonNumber other && number.bigDecimalValue().compareTo(other.bigDecimalValue()) == 0;
        }
        return pattern.equals(document);
    }
}
