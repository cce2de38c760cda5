package com.myhomecontrol.emulation.control;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The client side of KLAP v2, written in the test from the protocol description alone
 * (docs: device-protocols.md), so that the emulator is held against neither its own code nor
 * the platform's client.
 */
final class KlapTestClient {

    private final String host;
    private final byte[] authHash;
    private final byte[] localSeed = new byte[16];
    private byte[] remoteSeed;
    private String cookie;
    private SecretKeySpec key;
    private byte[] ivHash;
    private byte[] signatureKey;
    private int sequence;

    KlapTestClient(String host, String email, String password) {
        this.host = host;
        this.authHash = sha256(sha1(email.getBytes(UTF_8)), sha1(password.getBytes(UTF_8)));
        new SecureRandom().nextBytes(localSeed);
    }

    /** handshake1's answer, whose cookie and remote seed the client keeps. */
    HttpResponse<byte[]> handshake1() throws IOException {
        HttpResponse<byte[]> answer = PlugTestHttp.post(host, "/app/handshake1", localSeed, null);
        remoteSeed = Arrays.copyOf(answer.body(), 16);
        cookie = PlugTestHttp.sessionCookie(answer);
        return answer;
    }

    byte[] expectedPlugProof() {
        return sha256(localSeed, remoteSeed, authHash);
    }

    HttpResponse<byte[]> handshake2() throws IOException {
        HttpResponse<byte[]> answer = PlugTestHttp.post(host, "/app/handshake2", sha256(remoteSeed, localSeed, authHash), cookie);
        byte[] keyHash = sha256("lsk".getBytes(UTF_8), localSeed, remoteSeed, authHash);
        key = new SecretKeySpec(Arrays.copyOf(keyHash, 16), "AES");
        ivHash = sha256("iv".getBytes(UTF_8), localSeed, remoteSeed, authHash);
        signatureKey = Arrays.copyOf(sha256("ldk".getBytes(UTF_8), localSeed, remoteSeed, authHash), 28);
        sequence = ByteBuffer.wrap(ivHash, 28, 4).getInt();
        return answer;
    }

    KlapTestClient handshake() throws IOException {
        handshake1();
        handshake2();
        return this;
    }

    /** The sequence number derived from the seeds, before any request. */
    int initialSequence() {
        return ByteBuffer.wrap(ivHash, 28, 4).getInt();
    }

    /** One encrypted request with the next sequence number; the decrypted answer. */
    JsonObject call(String requestJson) throws IOException {
        HttpResponse<byte[]> answer = send(++sequence, requestJson);
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP " + answer.statusCode());
        }
        byte[] body = answer.body();
        byte[] ciphertext = Arrays.copyOfRange(body, 32, body.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(body, 32), signature(sequence, ciphertext))) {
            throw new IOException("the plug's signature does not match");
        }
        return PlugTestHttp.json(aes(Cipher.DECRYPT_MODE, sequence, ciphertext));
    }

    JsonObject call(String method, String paramsJson) throws IOException {
        return call("{\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
    }

    /** A request with the sequence number given, however wrong; the plug's raw answer. */
    HttpResponse<byte[]> send(int seq, String requestJson) throws IOException {
        byte[] ciphertext = aes(Cipher.ENCRYPT_MODE, seq, requestJson.getBytes(UTF_8));
        byte[] body = ByteBuffer.allocate(32 + ciphertext.length).put(signature(seq, ciphertext)).put(ciphertext).array();
        return PlugTestHttp.post(host, "/app/request?seq=" + seq, body, cookie);
    }

    private byte[] signature(int seq, byte[] ciphertext) {
        return sha256(signatureKey, ByteBuffer.allocate(4).putInt(seq).array(), ciphertext);
    }

    private byte[] aes(int mode, int seq, byte[] input) {
        byte[] iv = Arrays.copyOf(ivHash, 16);
        ByteBuffer.wrap(iv, 12, 4).putInt(seq);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    private static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            Arrays.stream(parts).forEach(digest::update);
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
