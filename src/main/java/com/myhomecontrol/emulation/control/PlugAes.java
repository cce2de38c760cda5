package com.myhomecontrol.emulation.control;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * AES-128-CBC with PKCS#7 padding (the JDK's PKCS5Padding), the plug's cipher under both
 * protocols.
 */
final class PlugAes {

    private final SecretKeySpec key;

    PlugAes(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    byte[] encrypt(byte[] iv, byte[] plaintext) {
        return run(Cipher.ENCRYPT_MODE, iv, plaintext);
    }

    byte[] decrypt(byte[] iv, byte[] ciphertext) {
        return run(Cipher.DECRYPT_MODE, iv, ciphertext);
    }

    private byte[] run(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new UnreadableRequestException("AES-CBC failed: another key or a damaged body", e);
        }
    }
}
