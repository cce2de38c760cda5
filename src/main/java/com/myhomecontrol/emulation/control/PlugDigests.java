package com.myhomecontrol.emulation.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-1 and SHA-256 over parts fed one after the other, as the plug's hashes are built. */
final class PlugDigests {

    private PlugDigests() {
    }

    static byte[] sha1(byte[]... parts) {
        return digest("SHA-1", parts);
    }

    static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
