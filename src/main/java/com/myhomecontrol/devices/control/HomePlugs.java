package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The plugs the server polls: those of the devices file, or those of the emulated home. */
@ApplicationScoped
public class HomePlugs {

    private static final Logger LOG = Logger.getLogger(HomePlugs.class.getName());

    @Inject
    HomeRegistry home;

    private final Map<String, PolledPlug> plugs = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        home.emulated().ifPresentOrElse(emulated -> emulated.hosts().forEach((deviceId, host) ->
                add(deviceId, host, emulated.plugCredentials(), home.emulatedInterval(), true)), this::configured);
        LOG.info(() -> "Polling " + plugs.size() + " Tapo plugs" + (home.emulated().isPresent() ? " of the emulated home" : "")
                + ": " + plugs.keySet());
    }

    private void configured() {
        List<ConfiguredPlug> configured = home.registry().plugs();
        if (configured.isEmpty()) {
            return;
        }
        TapoCredentials credentials = TapoAccount.fromEnvironment().orElseThrow(() -> new IllegalStateException(
                "The devices file " + home.devicesFile() + " names Tapo plugs: set TAPO_USERNAME and TAPO_PASSWORD"));
        for (ConfiguredPlug plug : configured) {
            add(plug.deviceId(), plug.host() + ":" + plug.port(), credentials, Duration.ofSeconds(plug.pollSeconds()), false);
        }
    }

    private void add(String deviceId, String host, TapoCredentials credentials, Duration interval, boolean isEmulated) {
        plugs.put(deviceId, new PolledPlug(deviceId, new TapoPlugClient(host, credentials), interval, isEmulated));
    }

    public List<PolledPlug> all() {
        return List.copyOf(plugs.values());
    }

    public Optional<PolledPlug> find(String deviceId) {
        return Optional.ofNullable(plugs.get(deviceId));
    }

    public PolledPlug require(String deviceId) {
        return find(deviceId).orElseThrow(() -> new NotFoundException("No device \"" + deviceId + "\" is polled"));
    }
}
