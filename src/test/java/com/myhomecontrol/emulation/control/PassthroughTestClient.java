package com.myhomecontrol.emulation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The client side of securePassthrough, written in the test from the protocol description
 * alone: an RSA-1024 key sent as PEM, the AES key and IV it gets back, login_device, then
 * requests wrapped in securePassthrough envelopes.
 */
final class PassthroughTestClient {

    private final String host;
    private final KeyPair rsa;
    private String cookie;
    private SecretKeySpec key;
    private IvParameterSpec iv;
    private String token;

    PassthroughTestClient(String host) throws GeneralSecurityException {
        this.host = host;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        rsa = generator.generateKeyPair();
    }

    /** The plain handshake answer; on success the client keeps the session's key and cookie. */
    JsonObject handshake() throws IOException, GeneralSecurityException {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(rsa.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        HttpResponse<byte[]> answer = post("/app", Json.createObjectBuilder().add("method", "handshake")
                .add("params", Json.createObjectBuilder().add("key", pem)).build());
        JsonObject json = PlugTestHttp.json(answer.body());
        if (json.getInt("error_code") == 0) {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, rsa.getPrivate());
            byte[] material = cipher.doFinal(Base64.getDecoder().decode(json.getJsonObject("result").getString("key")));
            key = new SecretKeySpec(Arrays.copyOf(material, 16), "AES");
            iv = new IvParameterSpec(Arrays.copyOfRange(material, 16, 32));
            cookie = PlugTestHttp.sessionCookie(answer);
        }
        return json;
    }

    /** login_device's decrypted answer; on success later calls carry its token. */
    JsonObject login(String email, String password) throws IOException, GeneralSecurityException {
        String username = Base64.getEncoder().encodeToString(HexFormat.of().formatHex(KlapTestClient.sha1(email.getBytes(UTF_8)))
                .getBytes(UTF_8));
        String encodedPassword = Base64.getEncoder().encodeToString(password.getBytes(UTF_8));
        JsonObject answer = call("{\"method\":\"login_device\",\"params\":{\"username\":\"" + username + "\",\"password\":\""
                + encodedPassword + "\"}}");
        if (answer.getInt("error_code") == 0) {
            token = answer.getJsonObject("result").getString("token");
        }
        return answer;
    }

    JsonObject call(String method, String paramsJson) throws IOException, GeneralSecurityException {
        return call("{\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
    }

    /** One inner request; its decrypted answer, or the envelope's own when it carries an error. */
    JsonObject call(String requestJson) throws IOException, GeneralSecurityException {
        Cipher encrypt = Cipher.getInstance("AES/CBC/PKCS5Padding");
        encrypt.init(Cipher.ENCRYPT_MODE, key, iv);
        String request = Base64.getEncoder().encodeToString(encrypt.doFinal(requestJson.getBytes(UTF_8)));
        JsonObject envelope = PlugTestHttp.json(post(token == null ? "/app" : "/app?token=" + token,
                Json.createObjectBuilder().add("method", "securePassthrough")
                        .add("params", Json.createObjectBuilder().add("request", request)).build()).body());
        if (envelope.getInt("error_code") != 0) {
            return envelope;
        }
        Cipher decrypt = Cipher.getInstance("AES/CBC/PKCS5Padding");
        decrypt.init(Cipher.DECRYPT_MODE, key, iv);
        return PlugTestHttp.json(new String(decrypt.doFinal(Base64.getDecoder().decode(
                envelope.getJsonObject("result").getString("response"))), UTF_8));
    }

    private HttpResponse<byte[]> post(String pathAndQuery, JsonObject body) throws IOException {
        return PlugTestHttp.post(host, pathAndQuery, body.toString().getBytes(UTF_8), cookie);
    }
}
