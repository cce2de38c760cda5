package com.myhomecontrol.devices.control;

import java.util.Arrays;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The AES session of securePassthrough: one key and one IV for the whole session, base64 on the wire.
 */
public final class PassthroughCipher {

    public static final int KEY_MATERIAL_LENGTH = 32;

    private final byte[] key;
    private final byte[] iv;

    /** The 32 bytes the plug sends in its handshake answer: key, then IV. */
    public PassthroughCipher(byte[] keyMaterial) {
        if (keyMaterial.length != KEY_MATERIAL_LENGTH) {
            throw new TapoException("securePassthrough key material has " + keyMaterial.length + " bytes, not 32");
        }
        key = Arrays.copyOf(keyMaterial, 16);
        iv = Arrays.copyOfRange(keyMaterial, 16, 32);
    }

    public String encrypt(String json) {
        return Base64.getEncoder().encodeToString(AesCbc.encrypt(key, iv, json.getBytes(UTF_8)));
    }

    public String decrypt(String base64) {
        try {
            return new String(AesCbc.decrypt(key, iv, Base64.getDecoder().decode(base64)), UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TapoException("securePassthrough payload is not base64", e);
        }
    }
}
