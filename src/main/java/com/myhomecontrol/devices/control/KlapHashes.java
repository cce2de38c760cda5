package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The hashes of the KLAP (v2) handshake, by which client and plug prove they share the credentials.
 */
public final class KlapHashes {

    private KlapHashes() {
    }

    public static byte[] authHash(TapoCredentials credentials) {
        return Digests.sha256(Digests.sha1(credentials.username().getBytes(UTF_8)), Digests.sha1(credentials.password().getBytes(UTF_8)));
    }

    /** What the plug answers handshake1 with, after its seed. */
    public static byte[] plugProof(byte[] localSeed, byte[] remoteSeed, byte[] authHash) {
        return Digests.sha256(localSeed, remoteSeed, authHash);
    }

    /** What the client sends in handshake2. */
    public static byte[] clientProof(byte[] localSeed, byte[] remoteSeed, byte[] authHash) {
        return Digests.sha256(remoteSeed, localSeed, authHash);
    }
}
