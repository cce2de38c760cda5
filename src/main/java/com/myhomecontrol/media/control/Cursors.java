package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Cursors as clients pass them: opaque URL-safe text that this server wrote. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(Cursor cursor) {
        String plain = cursor.timestamp().getEpochSecond() + ":" + cursor.timestamp().getNano() + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null for null text. */
    public static Cursor decode(String text) {
        if (text == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this server gave out; pass next_cursor of the previous page");
        }
    }
}
