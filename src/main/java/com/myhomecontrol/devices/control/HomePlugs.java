package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedHome;
import com.myhomecontrol.platform.entity.ConflictException;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
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

    private volatile Map<String, PolledPlug> plugs = Map.of();
    /** The devices file's settings of each plug polled; the emulated home's plugs have none. */
    private volatile Map<String, ConfiguredPlug> settings = Map.of();

    @PostConstruct
    void load() {
        home.emulated().ifPresentOrElse(this::emulate, () -> use(home.registry(), plan(home.registry())));
        LOG.info(() -> "Polling " + plugs.size() + " Tapo plugs" + (home.emulated().isPresent() ? " of the emulated home" : "")
                + ": " + plugs.keySet());
    }

    private void emulate(EmulatedHome emulated) {
        Map<String, PolledPlug> emulatedPlugs = new LinkedHashMap<>();
        emulated.hosts().forEach((deviceId, host) -> emulatedPlugs.put(deviceId,
                polled(deviceId, host, emulated.plugCredentials(), home.emulatedInterval(), true)));
        plugs = emulatedPlugs;
    }

    /**
     * The plugs that poll {@code next}: each plug whose settings are unchanged as it is, with what
     * its polls came to, a new one for each other. Changes nothing.
     */
    public List<PolledPlug> plan(DeviceRegistry next) {
        if (home.emulates(next)) {
            return all();
        }
        List<PolledPlug> planned = new ArrayList<>();
        for (ConfiguredPlug plug : next.plugs()) {
            planned.add(plug.equals(settings.get(plug.deviceId())) ? plugs.get(plug.deviceId())
                    : polled(plug.deviceId(), plug.host() + ":" + plug.port(), credentials(), Duration.ofSeconds(plug.pollSeconds()), false));
        }
        return planned;
    }

    /** Polls {@code planned}, the plan for {@code next}, from now on. */
    public void use(DeviceRegistry next, List<PolledPlug> planned) {
        Map<String, PolledPlug> polled = new LinkedHashMap<>();
        planned.forEach(plug -> polled.put(plug.deviceId(), plug));
        Map<String, ConfiguredPlug> configured = new LinkedHashMap<>();
        next.plugs().forEach(plug -> configured.put(plug.deviceId(), plug));
        plugs = polled;
        settings = configured;
    }

    private static TapoCredentials credentials() {
        return TapoAccount.fromEnvironment().orElseThrow(() -> new ConflictException(
                "Tapo plugs need TAPO_USERNAME and TAPO_PASSWORD in the server's environment: set them and restart the server"));
    }

    private static PolledPlug polled(String deviceId, String host, TapoCredentials credentials, Duration interval, boolean emulated) {
        return new PolledPlug(deviceId, new TapoPlugClient(host, credentials), interval, emulated);
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
