package com.myhomecontrol.devices.control;

import javax.crypto.Cipher;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA-1024 keys of the securePassthrough handshake: PEM on the wire, PKCS#1 v1.5 encryption.
 */
public final class RsaKeys {

    private static final String PEM_HEADER = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_FOOTER = "-----END PUBLIC KEY-----";

    private RsaKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(1024);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    public static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return PEM_HEADER + "\n" + body + "\n" + PEM_FOOTER + "\n";
    }

    public static PublicKey parsePem(String pem) {
        String body = pem.replace(PEM_HEADER, "").replace(PEM_FOOTER, "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TapoException("not an RSA public key in PEM", e);
        }
    }

    public static byte[] encrypt(PublicKey key, byte[] data) {
        return apply(Cipher.ENCRYPT_MODE, key, data);
    }

    public static byte[] decrypt(Key key, byte[] data) {
        return apply(Cipher.DECRYPT_MODE, key, data);
    }

    private static byte[] apply(int mode, Key key, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(mode, key);
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new TapoException("RSA failed: wrong key or corrupted data", e);
        }
    }
}
