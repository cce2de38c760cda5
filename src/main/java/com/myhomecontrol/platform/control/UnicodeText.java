package com.myhomecontrol.platform.control;

import java.util.Optional;

/**
 * Whether a Java string is Unicode text: one holding a UTF-16 surrogate without its pair (from a
 * JSON escape such as {@code \ud800}) is not, and would be stored as "?", colliding with others.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** What is wrong with the text, as "an unpaired surrogate U+D800 at character 3", if anything. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase() + " at character " + i);
            }
        }
        return Optional.empty();
    }
}
