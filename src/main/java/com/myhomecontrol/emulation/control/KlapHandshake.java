package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.security.MessageDigest;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One KLAP (v2) handshake as the plug holds it between handshake1 and handshake2: both seeds and
 * the hash of the account the plug is set up with.
 */
record KlapHandshake(byte[] localSeed, byte[] remoteSeed, byte[] authHash) {

    /** SHA256(SHA1(e-mail) || SHA1(password)), the e-mail as typed (case counts). */
    static byte[] authHash(TapoCredentials credentials) {
        return PlugDigests.sha256(PlugDigests.sha1(credentials.username().getBytes(UTF_8)),
                PlugDigests.sha1(credentials.password().getBytes(UTF_8)));
    }

    /** What handshake1 answers after the remote seed; a client of another account cannot match it. */
    byte[] plugProof() {
        return PlugDigests.sha256(localSeed, remoteSeed, authHash);
    }

    boolean acceptsClientProof(byte[] proof) {
        return MessageDigest.isEqual(proof, PlugDigests.sha256(remoteSeed, localSeed, authHash));
    }

    EmulatedKlapSession session() {
        return new EmulatedKlapSession(localSeed, remoteSeed, authHash);
    }
}
