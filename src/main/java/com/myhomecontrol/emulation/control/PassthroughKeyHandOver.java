package com.myhomecontrol.emulation.control;

import javax.crypto.Cipher;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * How the plug hands its session key to a securePassthrough client: encrypted with RSA PKCS#1
 * v1.5 under the public key the client sent as PEM.
 */
final class PassthroughKeyHandOver {

    private PassthroughKeyHandOver() {
    }

    /** Base64 of {@code keyMaterial} encrypted for the key in {@code pem}; a key it cannot read is unreadable. */
    static String encryptFor(String pem, byte[] keyMaterial) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, publicKey(pem));
            return Base64.getEncoder().encodeToString(rsa.doFinal(keyMaterial));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableRequestException("not a usable RSA public key", e);
        }
    }

    private static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
