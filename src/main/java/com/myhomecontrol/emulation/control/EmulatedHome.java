package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A home of three emulated plugs on loopback (an air conditioner, a fridge, a standby TV), for a
 * platform without devices of its own to poll through the real protocol.
 */
public final class EmulatedHome implements AutoCloseable {

    private static final Map<String, PowerProfiles> APPLIANCES = Map.of(
            "aircon", PowerProfiles.AIR_CONDITIONER,
            "fridge", PowerProfiles.FRIDGE,
            "tv", PowerProfiles.STANDBY_TV);

    private final Map<String, EmulatedPlug> plugs = new LinkedHashMap<>();

    private EmulatedHome() {
    }

    /** Starts the plugs on free ports, all set up with {@code credentials}. */
    public static EmulatedHome start(TapoCredentials credentials) {
        EmulatedHome home = new EmulatedHome();
        try {
            for (String deviceId : APPLIANCES.keySet().stream().sorted().toList()) {
                home.plugs.put(deviceId, EmulatedPlug.start(PlugSettings.klap(deviceId, credentials, APPLIANCES.get(deviceId)), 0));
            }
            return home;
        } catch (RuntimeException e) {
            home.close();
            throw e;
        }
    }

    /** Device id to {@code 127.0.0.1:port}. */
    public Map<String, String> hosts() {
        Map<String, String> hosts = new LinkedHashMap<>();
        plugs.forEach((deviceId, plug) -> hosts.put(deviceId, plug.host()));
        return hosts;
    }

    @Override
    public void close() {
        plugs.values().forEach(EmulatedPlug::close);
    }
}
