package com.myhomecontrol.platform.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Percent-encoded URI text, as query parameters arrive before they are decoded. */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * Whether every run of escapes (%XX...) decodes to UTF-8. The runtime's own decoding turns
     * bytes that are no UTF-8 into U+FFFD silently, so that two different parameters would read alike.
     */
    public static boolean isUtf8(String raw) {
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '%') {
                i++;
                continue;
            }
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            while (i < raw.length() && raw.charAt(i) == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                run.write(high * 16 + low);
                i += 3;
            }
            if (!decodes(run.toByteArray())) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
