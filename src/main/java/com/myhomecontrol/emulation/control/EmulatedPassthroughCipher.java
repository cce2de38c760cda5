package com.myhomecontrol.emulation.control;

import java.util.Arrays;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug's AES of a securePassthrough session: the 32 bytes it handed over are the key, then
 * the IV, which stays the same for the whole session; base64 on the wire.
 */
final class EmulatedPassthroughCipher {

    static final int KEY_MATERIAL_LENGTH = 32;

    private final PlugAes aes;
    private final byte[] iv;

    EmulatedPassthroughCipher(byte[] keyMaterial) {
        aes = new PlugAes(Arrays.copyOfRange(keyMaterial, 0, 16));
        iv = Arrays.copyOfRange(keyMaterial, 16, KEY_MATERIAL_LENGTH);
    }

    String encrypt(String json) {
        return Base64.getEncoder().encodeToString(aes.encrypt(iv, json.getBytes(UTF_8)));
    }

    String decrypt(String base64) {
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new UnreadableRequestException("the securePassthrough request is not base64", e);
        }
        return new String(aes.decrypt(iv, ciphertext), UTF_8);
    }
}
