package com.myhomecontrol.media.entity;

import java.time.Instant;

/**
 * Where a page ended: results are ordered newest first, ties broken by id, so the next page
 * starts strictly after this (timestamp, id), however many rows arrive meanwhile.
 */
public record Cursor(Instant timestamp, String id) {

    /** True when a row at (timestamp, id) comes after this cursor in newest-first order. */
    public boolean precedes(Instant otherTimestamp, String otherId) {
        int byTime = otherTimestamp.compareTo(timestamp);
        return byTime < 0 || byTime == 0 && compareIds(otherId, id) < 0;
    }

    /**
     * Ids in the order of PostgreSQL's "C" collation on UTF-8, which is code point order.
     * String.compareTo orders UTF-16 units, which puts a character above U+FFFF (a surrogate
     * pair) before one from U+E000 to U+FFFF: those units are moved to where their code points sort.
     */
    public static int compareIds(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(codePointRank(x), codePointRank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int codePointRank(char unit) {
        if (unit < Character.MIN_SURROGATE) {
            return unit;
        }
        return unit > Character.MAX_SURROGATE ? unit - 0x800 : unit + 0x2000;
    }
}
