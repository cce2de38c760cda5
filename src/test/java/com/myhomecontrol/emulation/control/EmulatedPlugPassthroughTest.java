package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The old firmware's securePassthrough as a client written from the protocol description sees it. */
class EmulatedPlugPassthroughTest {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("Home@Example.com", "s3cret");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:30:00Z"));
    private final EmulatedPlug plug = EmulatedPlug.start(PlugSettings.klap("tv", ACCOUNT, PowerProfiles.STANDBY_TV)
            .withFirmware(PlugFirmware.PASSTHROUGH_OLD).withClock(clock, ZoneOffset.UTC), 0);

    @AfterEach
    void stop() {
        plug.close();
    }

    @Test
    void loginWithTheEncodedAccountGivesATokenForLaterRequests() throws Exception {
        PassthroughTestClient client = new PassthroughTestClient(plug.host());
        assertEquals(0, client.handshake().getInt("error_code"));

        assertEquals(0, client.login(ACCOUNT.username(), ACCOUNT.password()).getInt("error_code"));
        JsonObject info = client.call("get_device_info", "{}");

        assertEquals(0, info.getInt("error_code"));
        assertEquals("P110", info.getJsonObject("result").getString("model"));
        assertFalse(info.getJsonObject("result").containsKey("overheat_status"));
        assertEquals(1, plug.handshakes());
        assertEquals(1, plug.requests(), "login_device is not a request");
    }

    @Test
    void theSessionLasts1440Seconds() throws Exception {
        PassthroughTestClient client = new PassthroughTestClient(plug.host());
        client.handshake();
        client.login(ACCOUNT.username(), ACCOUNT.password());

        clock.advance(Duration.ofSeconds(1439));
        assertEquals(0, client.call("get_device_info", "{}").getInt("error_code"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(9999, client.call("get_device_info", "{}").getInt("error_code"));
    }

    @Test
    void anUnreadablePublicKeyIsRefusedWith1010() throws Exception {
        var answer = PlugTestHttp.post(plug.host(), "/app", "{\"method\":\"handshake\",\"params\":{\"key\":\"not a key\"}}"
                .getBytes(UTF_8), null);

        assertEquals(-1010, PlugTestHttp.json(answer.body()).getInt("error_code"));
        assertEquals(0, plug.handshakes());
    }

    @Test
    void aWrongPasswordFailsLoginWith1501() throws Exception {
        PassthroughTestClient client = new PassthroughTestClient(plug.host());
        client.handshake();

        assertEquals(-1501, client.login(ACCOUNT.username(), "wrong").getInt("error_code"));
        assertEquals(-1501, client.login(ACCOUNT.username().toLowerCase(), ACCOUNT.password()).getInt("error_code"));
        assertEquals(9999, client.call("get_device_info", "{}").getInt("error_code"), "no token, no session");
    }

    @Test
    void oldFirmwareRefusesMultipleRequestAndHasNoEmeterNorCurrentPower() throws Exception {
        PassthroughTestClient client = new PassthroughTestClient(plug.host());
        client.handshake();
        client.login(ACCOUNT.username(), ACCOUNT.password());

        assertEquals(-1003, client.call("{\"method\":\"multipleRequest\",\"params\":{\"requests\":["
                + "{\"method\":\"get_device_info\",\"params\":{}}]}}").getInt("error_code"));
        assertEquals(-1002, client.call("get_emeter_data", "{}").getInt("error_code"));
        assertEquals(-1002, client.call("get_current_power", "{}").getInt("error_code"));
        assertEquals(0, client.call("get_energy_usage", "{}").getInt("error_code"));
        Map<String, Integer> components = client.call("component_nego", "{}").getJsonObject("result").getJsonArray("component_list")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(c -> c.getString("id"), c -> c.getInt("ver_code")));
        assertEquals(1, components.get("energy_monitoring"));
        assertEquals(1, plug.calls("multipleRequest"));
        assertEquals(0, plug.calls("get_device_info"), "a refused batch asks none of its calls");
    }

    @Test
    void thereIsNoKlapHandshake() throws Exception {
        assertEquals(404, PlugTestHttp.post(plug.host(), "/app/handshake1", new byte[16], null).statusCode());
    }
}
