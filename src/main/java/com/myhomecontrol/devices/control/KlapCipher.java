package com.myhomecontrol.devices.control;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The keys a KLAP session derives from both seeds and the auth hash, and the signed, encrypted
 * bodies of its requests and responses (both sides use the request's sequence number).
 */
public final class KlapCipher {

    private static final int SIGNATURE_LENGTH = 32;

    private final byte[] key;
    private final byte[] iv12;
    private final byte[] signatureKey;
    private final int initialSequence;

    public KlapCipher(byte[] localSeed, byte[] remoteSeed, byte[] authHash) {
        byte[] seeds = Digests.concat(localSeed, remoteSeed, authHash);
        key = Arrays.copyOf(Digests.sha256(bytes("lsk"), seeds), 16);
        byte[] ivHash = Digests.sha256(bytes("iv"), seeds);
        iv12 = Arrays.copyOf(ivHash, 12);
        initialSequence = ByteBuffer.wrap(ivHash, 28, 4).getInt();
        signatureKey = Arrays.copyOf(Digests.sha256(bytes("ldk"), seeds), 28);
    }

    public int initialSequence() {
        return initialSequence;
    }

    public byte[] seal(int sequence, byte[] plaintext) {
        byte[] ciphertext = AesCbc.encrypt(key, iv(sequence), plaintext);
        return Digests.concat(signature(sequence, ciphertext), ciphertext);
    }

    public byte[] open(int sequence, byte[] body) {
        if (body.length < SIGNATURE_LENGTH) {
            throw new TapoException("KLAP body of " + body.length + " bytes has no signature");
        }
        byte[] ciphertext = Arrays.copyOfRange(body, SIGNATURE_LENGTH, body.length);
        if (!MessageDigest.isEqual(signature(sequence, ciphertext), Arrays.copyOf(body, SIGNATURE_LENGTH))) {
            throw new TapoException("KLAP signature does not match for seq " + sequence);
        }
        return AesCbc.decrypt(key, iv(sequence), ciphertext);
    }

    private byte[] signature(int sequence, byte[] ciphertext) {
        return Digests.sha256(signatureKey, bigEndian(sequence), ciphertext);
    }

    private byte[] iv(int sequence) {
        return Digests.concat(iv12, bigEndian(sequence));
    }

    private static byte[] bigEndian(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] bytes(String label) {
        return label.getBytes(US_ASCII);
    }
}
