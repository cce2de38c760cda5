package com.myhomecontrol.media.control;

import com.myhomecontrol.it.TestPostgres;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** JsonContainment must answer as PostgreSQL's jsonb {@code @>} does: PostgreSQL itself is the oracle. */
class JsonContainmentTest {

    private static Connection connection;
    private static PreparedStatement containment;

    @BeforeAll
    static void connect() throws SQLException {
        TestPostgres.Server server = TestPostgres.shared();
        connection = server.dataSource(server.createDatabase("json_containment")).getConnection();
        containment = connection.prepareStatement("SELECT CAST(? AS jsonb) @> CAST(? AS jsonb)");
    }

    @AfterAll
    static void disconnect() throws SQLException {
        connection.close();
    }

    @ParameterizedTest(name = "{0} @> {1}")
    @MethodSource
    void answersAsPostgresql(String document, String pattern) throws SQLException {
        assertEquals(postgresql(document, pattern), JsonContainment.contains(json(document), json(pattern)),
                document + " @> " + pattern);
    }

    static Stream<Arguments> answersAsPostgresql() {
        return Stream.of(
                // objects, nested
                arguments("{}", "{}"),
                arguments("{\"a\":1}", "{}"),
                arguments("{}", "{\"a\":1}"),
                arguments("{\"a\":1,\"b\":2}", "{\"a\":1}"),
                arguments("{\"a\":1}", "{\"a\":1,\"b\":2}"),
                arguments("{\"a\":{\"b\":{\"c\":true,\"d\":1}}}", "{\"a\":{\"b\":{\"c\":true}}}"),
                arguments("{\"a\":{\"b\":{\"c\":true}}}", "{\"a\":{\"b\":{\"c\":false}}}"),
                arguments("{\"a\":{\"b\":1}}", "{\"a\":{}}"),
                arguments("{\"a\":{\"b\":1}}", "{\"b\":1}"),
                arguments("{\"a\":1}", "{\"a\":{}}"),
                arguments("{\"a\":{}}", "{\"a\":[]}"),
                arguments("{\"a\":[]}", "{\"a\":{}}"),
                arguments("{\"a\":[]}", "{\"a\":[]}"),
                arguments("{\"a\":[1]}", "{\"a\":[]}"),
                arguments("{\"a\":[]}", "{\"a\":[1]}"),
                // numbers by value
                arguments("{\"n\":1}", "{\"n\":1.0}"),
                arguments("{\"n\":1.0}", "{\"n\":1}"),
                arguments("{\"n\":1}", "{\"n\":1e0}"),
                arguments("{\"n\":100}", "{\"n\":1.00E+2}"),
                arguments("{\"n\":0}", "{\"n\":-0}"),
                arguments("{\"n\":0.1}", "{\"n\":0.10000000000000001}"),
                arguments("{\"n\":1e400}", "{\"n\":1E+400}"),
                arguments("{\"n\":1}", "{\"n\":\"1\"}"),
                arguments("{\"n\":[1,2.50]}", "{\"n\":[2.5]}"),
                // strings, booleans, null
                arguments("{\"s\":\"abc\"}", "{\"s\":\"abc\"}"),
                arguments("{\"s\":\"abc\"}", "{\"s\":\"ab\"}"),
                arguments("{\"s\":\"\\u00e9\"}", "{\"s\":\"é\"}"),
                arguments("{\"s\":\"Abc\"}", "{\"s\":\"abc\"}"),
                arguments("{\"s\":\"true\"}", "{\"s\":true}"),
                arguments("{\"b\":true}", "{\"b\":true}"),
                arguments("{\"b\":true}", "{\"b\":false}"),
                arguments("{\"z\":null}", "{\"z\":null}"),
                arguments("{\"z\":null}", "{\"z\":false}"),
                arguments("{}", "{\"z\":null}"),
                arguments("{\"z\":0}", "{\"z\":null}"),
                // arrays of scalars: order and duplicates do not matter
                arguments("{\"t\":[1,2,3]}", "{\"t\":[3,1]}"),
                arguments("{\"t\":[1,2,3]}", "{\"t\":[1,1,1]}"),
                arguments("{\"t\":[1]}", "{\"t\":[1,1]}"),
                arguments("{\"t\":[1,2]}", "{\"t\":[1,2,4]}"),
                arguments("{\"t\":[\"a\",\"b\"]}", "{\"t\":[\"b\"]}"),
                arguments("{\"t\":[\"a\",\"b\"]}", "{\"t\":\"a\"}"),
                arguments("{\"t\":\"a\"}", "{\"t\":[\"a\"]}"),
                arguments("{\"t\":[true,null]}", "{\"t\":[null]}"),
                arguments("{\"t\":[1,[2,3]]}", "{\"t\":[2]}"),
                arguments("{\"t\":[1,[2,3]]}", "{\"t\":[[3]]}"),
                arguments("{\"t\":[1,[2,3]]}", "{\"t\":[[1]]}"),
                arguments("{\"t\":[[1,2],[3]]}", "{\"t\":[[1,3]]}"),
                arguments("{\"t\":[[1,2],[3]]}", "{\"t\":[[3],[2]]}"),
                arguments("{\"t\":[[]]}", "{\"t\":[[]]}"),
                arguments("{\"t\":[]}", "{\"t\":[[]]}"),
                arguments("{\"t\":[{}]}", "{\"t\":[[]]}"),
                // arrays of objects
                arguments("{\"o\":[{\"a\":1,\"b\":2},{\"c\":3}]}", "{\"o\":[{\"a\":1}]}"),
                arguments("{\"o\":[{\"a\":1,\"b\":2},{\"c\":3}]}", "{\"o\":[{\"a\":1,\"c\":3}]}"),
                arguments("{\"o\":[{\"a\":1,\"b\":2},{\"c\":3}]}", "{\"o\":[{\"c\":3},{\"b\":2}]}"),
                arguments("{\"o\":[{\"a\":1}]}", "{\"o\":[{}]}"),
                arguments("{\"o\":[]}", "{\"o\":[{}]}"),
                arguments("{\"o\":[1]}", "{\"o\":[{}]}"),
                arguments("{\"o\":[{\"a\":[1,2]}]}", "{\"o\":[{\"a\":[2]}]}"),
                arguments("{\"o\":[{\"a\":[1,2]}]}", "{\"o\":[{\"a\":2}]}"),
                // duplicate keys: the last one counts, in PostgreSQL as in the JSON reader
                arguments("{\"a\":1,\"a\":2}", "{\"a\":2}"),
                arguments("{\"a\":1,\"a\":2}", "{\"a\":1}"),
                arguments("{\"a\":2}", "{\"a\":1,\"a\":2}"),
                // top level: arrays and scalars (the API passes only objects, but the rule is PostgreSQL's)
                arguments("[1,2,3]", "[2,1]"),
                arguments("[1,2,3]", "2"),
                arguments("[1,2,3]", "4"),
                arguments("[[1,2]]", "1"),
                arguments("[\"a\",{\"b\":1}]", "\"a\""),
                arguments("[{\"a\":1}]", "{\"a\":1}"),
                arguments("{\"a\":1}", "[{\"a\":1}]"),
                arguments("1", "[1]"),
                arguments("1", "1.0"),
                arguments("\"a\"", "\"a\""),
                arguments("null", "null"),
                arguments("true", "false"),
                arguments("[]", "[]"),
                arguments("[]", "{}"),
                arguments("{}", "[]"));
    }

    @Test
    void answersAsPostgresqlForGeneratedPairs() throws SQLException {
        Random random = new Random(20261129);
        int contained = 0;
        for (int i = 0; i < 3_000; i++) {
            JsonValue document = object(random, 3);
            JsonValue pattern = random.nextBoolean() ? part(random, document) : object(random, 3);
            if (random.nextInt(10) == 0) {
                document = array(random, 2);
                pattern = random.nextBoolean() ? part(random, document) : value(random, 2);
            }
            boolean expected = postgresql(document.toString(), pattern.toString());
            assertEquals(expected, JsonContainment.contains(document, pattern), document + " @> " + pattern);
            contained += expected ? 1 : 0;
        }
        assertTrue(contained > 500 && contained < 2_500, "both answers are exercised, contained: " + contained);
    }

    /** Drawn from a small vocabulary, so that generated documents and patterns often share parts. */
    private static JsonValue value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> Json.createValue(random.nextInt(3));
            case 1 -> Json.createValue(new java.math.BigDecimal(List.of("1.0", "1e0", "2.50", "0.0", "-0").get(random.nextInt(5))));
            case 2 -> Json.createValue(List.of("a", "b", "1", "").get(random.nextInt(4)));
            case 3 -> JsonValue.TRUE;
            case 4 -> JsonValue.FALSE;
            case 5 -> JsonValue.NULL;
            case 6 -> random.nextBoolean() ? JsonValue.EMPTY_JSON_OBJECT : JsonValue.EMPTY_JSON_ARRAY;
            case 7 -> object(random, depth - 1);
            default -> array(random, depth - 1);
        };
    }

    private static JsonValue object(Random random, int depth) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            object.add(List.of("a", "b", "c", "d").get(random.nextInt(4)), value(random, depth));
        }
        return object.build();
    }

    private static JsonValue array(Random random, int depth) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            array.add(value(random, depth));
        }
        return array.build();
    }

    /** A pattern made of parts of the document, sometimes with one value changed. */
    private static JsonValue part(Random random, JsonValue document) {
        if (random.nextInt(8) == 0) {
            return value(random, 1);
        }
        if (document.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            document.asJsonObject().forEach((key, value) -> {
                if (random.nextBoolean()) {
                    object.add(key, part(random, value));
                }
            });
            return object.build();
        }
        if (document.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonValue> elements = new ArrayList<>(document.asJsonArray());
            java.util.Collections.shuffle(elements, random);
            JsonArrayBuilder array = Json.createArrayBuilder();
            elements.stream().filter(element -> random.nextBoolean()).forEach(element -> array.add(part(random, element)));
            return array.build();
        }
        return document;
    }

    private static boolean postgresql(String document, String pattern) throws SQLException {
        containment.setString(1, document);
        containment.setString(2, pattern);
        try (ResultSet row = containment.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
