package com.myhomecontrol.media.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTest {

    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void idsCompareByCodePointAsPostgresqlCollationCDoes() {
        List<String> alphabet = List.of("a", "Z", "_", "é", "ｚ", "\uFFFD", "\uE000", "🎥", "𝄞", "\uD7FF");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String a = word(random, alphabet);
            String b = word(random, alphabet);
            assertEquals(Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())),
                    Integer.signum(Cursor.compareIds(a, b)), a + " vs " + b);
        }
    }

    @Test
    void newerRowsAndSmallerIdsAtTheSameTimeComeAfter() {
        Cursor cursor = new Cursor(T, "m-5");
        assertTrue(cursor.precedes(T.minusSeconds(1), "z"));
        assertTrue(cursor.precedes(T, "m-4"));
        assertTrue(cursor.precedes(T, "m-"));
        assertFalse(cursor.precedes(T, "m-5"));
        assertFalse(cursor.precedes(T, "m-6"));
        assertFalse(cursor.precedes(T.plusSeconds(1), "a"));
        assertTrue(new Cursor(T, "🎥").precedes(T, "ｚ"), "U+FF5A sorts before U+1F3A5");
    }

    private static String word(Random random, List<String> alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            word.append(alphabet.get(random.nextInt(alphabet.size())));
        }
        return word.toString();
    }
}
