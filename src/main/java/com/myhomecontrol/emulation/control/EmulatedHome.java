package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.net.URI;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A home of three emulated plugs on loopback (an air conditioner, a fridge, a standby TV) and a
 * Netatmo account with one station, for a platform without devices of its own to poll through the
 * real protocols. The plugs run different firmware, so that a fresh install shows what real homes
 * have: the TV's plug has no emeter (get_emeter_data answers -40210), the fridge's knows no
 * component_nego. The Netatmo app's credentials and first refresh token are made up for the run.
 */
public final class EmulatedHome implements AutoCloseable {

    private record Appliance(PowerProfiles profile, PlugFirmware firmware) {
    }

    private static final Map<String, Appliance> APPLIANCES = Map.of(
            "aircon", new Appliance(PowerProfiles.AIR_CONDITIONER, PlugFirmware.KLAP_EMETER),
            "fridge", new Appliance(PowerProfiles.FRIDGE, PlugFirmware.KLAP_NO_COMPONENT_NEGO),
            "tv", new Appliance(PowerProfiles.STANDBY_TV, PlugFirmware.KLAP_NO_EMETER));

    private final Map<String, EmulatedPlug> plugs = new LinkedHashMap<>();
    private final TapoCredentials plugCredentials;
    private NetatmoEmulator netatmo;

    private EmulatedHome(TapoCredentials plugCredentials) {
        this.plugCredentials = plugCredentials;
    }

    /** Starts the plugs on free ports, all set up with {@code account} or an account made up for the run. */
    public static EmulatedHome start(Optional<TapoCredentials> account) {
        SecureRandom random = new SecureRandom();
        TapoCredentials credentials = account.orElseGet(() ->
                new TapoCredentials("emulated-" + RandomBytes.hex(random, 4) + "@home.invalid", RandomBytes.hex(random, 16)));
        EmulatedHome home = new EmulatedHome(credentials);
        try {
            for (String deviceId : APPLIANCES.keySet().stream().sorted().toList()) {
                Appliance appliance = APPLIANCES.get(deviceId);
                home.plugs.put(deviceId, EmulatedPlug.start(
                        PlugSettings.klap(deviceId, credentials, appliance.profile()).withFirmware(appliance.firmware()), 0));
            }
            home.netatmo = new NetatmoEmulator(NetatmoEmulatorSettings.of("emulated-" + RandomBytes.hex(random, 4),
                    RandomBytes.hex(random, 16), RandomBytes.hex(random, 16)), 0);
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

    public TapoCredentials plugCredentials() {
        return plugCredentials;
    }

    /** The emulated Netatmo account: its app's credentials and first refresh token. */
    public NetatmoEmulatorSettings netatmoAccount() {
        return netatmo.settings();
    }

    public URI netatmoBaseUrl() {
        return netatmo.baseUrl();
    }

    @Override
    public void close() {
        plugs.values().forEach(EmulatedPlug::close);
        if (netatmo != null) {
            netatmo.close();
        }
    }
}
