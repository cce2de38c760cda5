package com.myhomecontrol.devices.control;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * AES-128-CBC with PKCS#7 padding (the JDK calls it PKCS5), the cipher of both Tapo transports.
 */
public final class AesCbc {

    private AesCbc() {
    }

    public static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
        return apply(Cipher.ENCRYPT_MODE, key, iv, plaintext);
    }

    public static byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
        return apply(Cipher.DECRYPT_MODE, key, iv, ciphertext);
    }

    private static byte[] apply(int mode, byte[] key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new TapoException("AES-CBC failed: wrong key or corrupted data", e);
        }
    }
}
