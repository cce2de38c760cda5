package com.myhomecontrol.emulation.control;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The plug's side of an established KLAP session: the key, IV prefix, signature key and first
 * sequence number derived from both seeds and the auth hash; requests opened and answers sealed
 * with the request's sequence number.
 */
final class EmulatedKlapSession {

    private static final int SIGNATURE_LENGTH = 32;

    private final PlugAes aes;
    private final byte[] ivPrefix;
    private final byte[] signatureKey;
    private int lastSequence;

    EmulatedKlapSession(byte[] localSeed, byte[] remoteSeed, byte[] authHash) {
        byte[] keyHash = PlugDigests.sha256("lsk".getBytes(US_ASCII), localSeed, remoteSeed, authHash);
        byte[] ivHash = PlugDigests.sha256("iv".getBytes(US_ASCII), localSeed, remoteSeed, authHash);
        byte[] signatureHash = PlugDigests.sha256("ldk".getBytes(US_ASCII), localSeed, remoteSeed, authHash);
        aes = new PlugAes(Arrays.copyOfRange(keyHash, 0, 16));
        ivPrefix = Arrays.copyOfRange(ivHash, 0, 12);
        signatureKey = Arrays.copyOfRange(signatureHash, 0, 28);
        lastSequence = ByteBuffer.wrap(ivHash, 28, 4).getInt();
    }

    /**
     * The plaintext of a request body (signature, then ciphertext). Its sequence number must come
     * after the session's last one, starting from the derived one, so that a client that derives
     * or counts it wrongly is refused here rather than only by a real plug.
     */
    synchronized byte[] open(int sequence, byte[] body) {
        if (sequence - lastSequence <= 0) {
            throw new UnreadableRequestException("seq " + sequence + " does not follow " + lastSequence);
        }
        if (body.length < SIGNATURE_LENGTH) {
            throw new UnreadableRequestException("a body of " + body.length + " bytes has no signature");
        }
        byte[] ciphertext = Arrays.copyOfRange(body, SIGNATURE_LENGTH, body.length);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(body, 0, SIGNATURE_LENGTH), signature(sequence, ciphertext))) {
            throw new UnreadableRequestException("the signature does not match seq " + sequence);
        }
        byte[] plaintext = aes.decrypt(iv(sequence), ciphertext);
        lastSequence = sequence;
        return plaintext;
    }

    /** The answer's body: signature, then the plaintext encrypted under the request's sequence number. */
    byte[] seal(int sequence, byte[] plaintext) {
        byte[] ciphertext = aes.encrypt(iv(sequence), plaintext);
        return ByteBuffer.allocate(SIGNATURE_LENGTH + ciphertext.length).put(signature(sequence, ciphertext)).put(ciphertext).array();
    }

    private byte[] signature(int sequence, byte[] ciphertext) {
        return PlugDigests.sha256(signatureKey, bigEndian(sequence), ciphertext);
    }

    private byte[] iv(int sequence) {
        return ByteBuffer.allocate(16).put(ivPrefix).putInt(sequence).array();
    }

    private static byte[] bigEndian(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }
}
