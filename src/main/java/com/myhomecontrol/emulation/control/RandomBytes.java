package com.myhomecontrol.emulation.control;

import java.util.HexFormat;
import java.util.Random;

/** The emulators' seeds, keys, session ids and made-up secrets: random bytes, raw or as hex. */
final class RandomBytes {

    private RandomBytes() {
    }

    static byte[] of(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static String hex(Random random, int length) {
        return HexFormat.of().formatHex(of(random, length));
    }

    /** A TP_SESSIONID as plugs make them: 32 upper-case hex digits. */
    static String sessionId(Random random) {
        return HexFormat.of().withUpperCase().formatHex(of(random, 16));
    }
}
