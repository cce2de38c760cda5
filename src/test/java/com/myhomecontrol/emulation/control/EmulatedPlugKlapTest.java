package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulated plug's KLAP as a client written from the protocol description sees it. */
class EmulatedPlugKlapTest {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("Home@Example.com", "s3cret");

    private final EmulatedPlug plug = EmulatedPlug.start(PlugSettings.klap("fridge", ACCOUNT, PowerProfiles.FRIDGE), 0);

    @AfterEach
    void stop() {
        plug.close();
    }

    @Test
    void handshake1ProvesThePlugKnowsTheAccount() throws Exception {
        KlapTestClient client = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password());

        HttpResponse<byte[]> answer = client.handshake1();

        assertEquals(200, answer.statusCode());
        assertEquals(48, answer.body().length);
        assertArrayEquals(client.expectedPlugProof(), Arrays.copyOfRange(answer.body(), 16, 48));
        assertTrue(answer.headers().firstValue("Set-Cookie").orElseThrow().matches("TP_SESSIONID=[0-9A-F]{32};TIMEOUT=86400"));
        assertEquals(1, plug.handshakes());
    }

    @Test
    void anotherAccountGets200ButAProofItCannotMatch() throws Exception {
        KlapTestClient client = new KlapTestClient(plug.host(), "home@example.com", ACCOUNT.password());

        HttpResponse<byte[]> answer = client.handshake1();

        assertEquals(200, answer.statusCode());
        assertFalse(Arrays.equals(client.expectedPlugProof(), Arrays.copyOfRange(answer.body(), 16, 48)),
                "the e-mail's case is part of the hash");
        assertEquals(403, client.handshake2().statusCode());
    }

    @Test
    void aRequestRoundTripsUnderTheFirstSequenceNumber() throws Exception {
        KlapTestClient client = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();

        JsonObject info = client.call("get_device_info", "{}");

        assertEquals(0, info.getInt("error_code"));
        JsonObject result = info.getJsonObject("result");
        assertEquals("P115", result.getString("model"));
        assertEquals("1.0", result.getString("hw_ver"));
        assertTrue(result.getString("fw_ver").startsWith("1.3.2 "));
        assertEquals("fridge", new String(Base64.getDecoder().decode(result.getString("nickname")), UTF_8));
        assertTrue(result.getString("mac").matches("([0-9A-F]{2}-){5}[0-9A-F]{2}"));
        assertEquals(client.initialSequence() + 1, plug.lastSequence());
        assertEquals(1, plug.requests());
        assertEquals(1, plug.calls("get_device_info"));
    }

    @Test
    void aSequenceNumberThatDoesNotMoveOnIsRefused() throws Exception {
        KlapTestClient client = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();
        client.call("get_device_info", "{}");

        assertEquals(400, client.send(client.initialSequence() + 1, "{\"method\":\"get_device_info\"}").statusCode());
        assertEquals(1, plug.requests());
    }

    @Test
    void aNewerHandshakeMakesTheOlderSession403() throws Exception {
        KlapTestClient first = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();
        new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();

        assertEquals(403, first.send(first.initialSequence() + 1, "{\"method\":\"get_device_info\"}").statusCode());
        assertEquals(2, plug.handshakes());
    }

    @Test
    void unknownMethodsAnswerMinus1002AndPlaintextMinus1003() throws Exception {
        KlapTestClient client = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();

        assertEquals(-1002, client.call("get_wifi_password", "{}").getInt("error_code"));
        assertEquals(-1003, client.call("not json").getInt("error_code"));
        assertEquals(1003, PlugTestHttp.json(PlugTestHttp.post(plug.host(), "/app",
                "{\"method\":\"get_device_info\"}".getBytes(UTF_8), null).body()).getInt("error_code"));
    }
}
