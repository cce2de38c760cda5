package com.myhomecontrol.devices.control;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA digests of concatenated byte arrays, as the Tapo protocols chain them.
 */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha1(byte[]... parts) {
        return digest("SHA-1", parts);
    }

    public static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
