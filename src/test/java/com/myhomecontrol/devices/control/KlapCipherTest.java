package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KlapCipherTest {

    private static final byte[] LOCAL_SEED = filled(16, 0x11);
    private static final byte[] REMOTE_SEED = filled(16, 0x22);
    private static final TapoCredentials CREDENTIALS = new TapoCredentials("User@Example.com", "secret");

    @Test
    void authHashIsSha256OfBothSha1Digests() throws Exception {
        byte[] expected = sha256(sha1("User@Example.com"), sha1("secret"));
        assertArrayEquals(expected, KlapHashes.authHash(CREDENTIALS));
    }

    @Test
    void handshakeProofsFollowTheSpec() throws Exception {
        byte[] auth = KlapHashes.authHash(CREDENTIALS);
        assertArrayEquals(sha256(LOCAL_SEED, REMOTE_SEED, auth), KlapHashes.plugProof(LOCAL_SEED, REMOTE_SEED, auth));
        assertArrayEquals(sha256(REMOTE_SEED, LOCAL_SEED, auth), KlapHashes.clientProof(LOCAL_SEED, REMOTE_SEED, auth));
    }

    @Test
    void sealedRequestIsSignedCiphertextUnderTheDerivedKeys() throws Exception {
        byte[] auth = KlapHashes.authHash(CREDENTIALS);
        byte[] seeds = concat(LOCAL_SEED, REMOTE_SEED, auth);
        byte[] key = Arrays.copyOf(sha256("lsk".getBytes(UTF_8), seeds), 16);
        byte[] ivHash = sha256("iv".getBytes(UTF_8), seeds);
        byte[] signatureKey = Arrays.copyOf(sha256("ldk".getBytes(UTF_8), seeds), 28);
        int sequence = -123456;
        byte[] iv = concat(Arrays.copyOf(ivHash, 12), ByteBuffer.allocate(4).putInt(sequence).array());
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        byte[] ciphertext = aes.doFinal("{\"method\":\"get_device_info\"}".getBytes(UTF_8));
        byte[] signature = sha256(signatureKey, ByteBuffer.allocate(4).putInt(sequence).array(), ciphertext);

        KlapCipher cipher = new KlapCipher(LOCAL_SEED, REMOTE_SEED, auth);

        assertEquals(ByteBuffer.wrap(ivHash, 28, 4).getInt(), cipher.initialSequence());
        assertArrayEquals(concat(signature, ciphertext), cipher.seal(sequence, "{\"method\":\"get_device_info\"}".getBytes(UTF_8)));
        assertEquals("{\"method\":\"get_device_info\"}", new String(cipher.open(sequence, concat(signature, ciphertext)), UTF_8));
    }

    @Test
    void bodyOfAnotherSequenceIsRejected() {
        KlapCipher cipher = new KlapCipher(LOCAL_SEED, REMOTE_SEED, KlapHashes.authHash(CREDENTIALS));
        byte[] body = cipher.seal(7, "{}".getBytes(UTF_8));
        assertThrows(TapoException.class, () -> cipher.open(8, body));
    }

    private static byte[] sha1(String text) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(text.getBytes(UTF_8));
    }

    private static byte[] sha256(byte[]... parts) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(concat(parts));
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer buffer = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(buffer::put);
        return buffer.array();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
