package com.myhomecontrol.emulation.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The emulated home a fresh install polls: a degraded plug beside healthy ones. */
class EmulatedHomeTest {

    @Test
    void theTvsPlugHasNoEmeterAndTheFridgesKnowsNoComponentNego() throws IOException {
        try (EmulatedHome home = EmulatedHome.start(Optional.empty())) {
            assertEquals(List.of("aircon", "fridge", "tv"), List.copyOf(home.hosts().keySet()));

            assertEquals(0, errorCode(home, "aircon", "get_emeter_data"));
            assertEquals(0, errorCode(home, "aircon", "component_nego"));
            assertEquals(-1002, errorCode(home, "fridge", "component_nego"));
            assertEquals(-40210, errorCode(home, "tv", "get_emeter_data"));
            assertEquals(0, errorCode(home, "tv", "get_energy_usage"));
        }
    }

    private static int errorCode(EmulatedHome home, String deviceId, String method) throws IOException {
        KlapTestClient client = new KlapTestClient(home.hosts().get(deviceId), home.plugCredentials().username(),
                home.plugCredentials().password()).handshake();
        return client.call(method, "{}").getInt("error_code");
    }
}
