package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedHome;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The plugs the server polls: those of the devices file, or, when it names none, an emulated
 * home (unless HOMECONTROL_EMULATED_HOME=false). A devices file that cannot be used stops the start.
 */
@ApplicationScoped
public class HomePlugs {

    private static final Logger LOG = Logger.getLogger(HomePlugs.class.getName());

    @Inject
    @ConfigProperty(name = "DEVICES_FILE", defaultValue = "data/devices.json")
    String devicesFile;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_EMULATED_HOME", defaultValue = "true")
    String emulatedHome;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_EMULATED_POLL_SECONDS", defaultValue = "10")
    int emulatedPollSeconds;

    private final Map<String, PolledPlug> plugs = new LinkedHashMap<>();
    private EmulatedHome emulated;

    @PostConstruct
    void load() {
        DeviceRegistry registry;
        try {
            registry = DevicesFileParser.read(Path.of(devicesFile).toAbsolutePath());
        } catch (DevicesFileException e) {
            LOG.severe(() -> "The devices file cannot be used, so the platform does not start: " + e.getMessage());
            throw e;
        }
        Optional<TapoCredentials> account = TapoAccount.fromEnvironment();
        if (registry.plugs().isEmpty() && !"false".equalsIgnoreCase(emulatedHome.strip())) {
            emulate(account.orElseGet(TapoAccount::random));
        } else if (!registry.plugs().isEmpty()) {
            TapoCredentials credentials = account.orElseThrow(() -> new IllegalStateException(
                    "The devices file " + devicesFile + " names Tapo plugs: set TAPO_USERNAME and TAPO_PASSWORD"));
            for (ConfiguredPlug plug : registry.plugs()) {
                add(plug.deviceId(), plug.host() + ":" + plug.port(), credentials, Duration.ofSeconds(plug.pollSeconds()), false);
            }
        }
        LOG.info(() -> "Polling " + plugs.size() + " Tapo plugs" + (emulated != null ? " of the emulated home" : "") + ": " + plugs.keySet());
    }

    private void emulate(TapoCredentials credentials) {
        emulated = EmulatedHome.start(credentials);
        emulated.hosts().forEach((deviceId, host) ->
                add(deviceId, host, credentials, Duration.ofSeconds(emulatedPollSeconds), true));
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

    @PreDestroy
    void stopEmulatedHome() {
        if (emulated != null) {
            emulated.close();
        }
    }
}
