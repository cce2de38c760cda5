package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.emulation.control.EmulatedHome;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The devices of the home as the devices file names them, read at the start and replaced by each
 * change; when the file names no device at the start, an emulated home (unless
 * HOMECONTROL_EMULATED_HOME=false), which stops for good once a change names a device: made-up
 * readings must not go on beside a real home's. A devices file that cannot be used stops the start.
 */
@ApplicationScoped
public class HomeRegistry {

    private static final Logger LOG = Logger.getLogger(HomeRegistry.class.getName());

    @Inject
    @ConfigProperty(name = "DEVICES_FILE", defaultValue = "data/devices.json")
    String devicesFile;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_EMULATED_HOME", defaultValue = "true")
    boolean emulatedHome;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_EMULATED_POLL_SECONDS", defaultValue = "10")
    int emulatedPollSeconds;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_DATA_DIR", defaultValue = "data")
    String dataDir;

    /** Unset: netatmo-token in the data folder. Servers of a cluster share one, on a volume they all mount. */
    @Inject
    @ConfigProperty(name = "NETATMO_TOKEN_FILE")
    Optional<String> netatmoTokenFile;

    private volatile DeviceRegistry registry;
    private volatile EmulatedHome emulated;

    @PostConstruct
    void load() {
        try {
            registry = DevicesFileParser.read(devicesFile());
        } catch (DevicesFileException e) {
            LOG.severe(() -> "The devices file cannot be used, so the platform does not start: " + e.getMessage());
            throw e;
        }
        if (registry.isEmpty() && emulatedHome) {
            emulated = EmulatedHome.start(TapoAccount.fromEnvironment());
        }
    }

    public DeviceRegistry registry() {
        return registry;
    }

    public Optional<EmulatedHome> emulated() {
        return Optional.ofNullable(emulated);
    }

    /** Whether the emulated home is still polled once {@code next} is the registry. */
    public boolean emulates(DeviceRegistry next) {
        return emulated != null && next.isEmpty();
    }

    /** {@code next} is now polled; the emulated home stops unless it is still polled. */
    public void configured(DeviceRegistry next) {
        boolean stopsEmulating = emulated != null && !emulates(next);
        registry = next;
        if (stopsEmulating) {
            LOG.info("The emulated home stops: the devices file names devices of the home now");
            stopEmulatedHome();
        }
    }

    public Duration emulatedInterval() {
        return Duration.ofSeconds(emulatedPollSeconds);
    }

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath();
    }

    /** Where the Netatmo account's rotated refresh token is kept. */
    public Path netatmoTokenFile() {
        return netatmoTokenFile.filter(file -> !file.isBlank()).map(file -> Path.of(file).toAbsolutePath())
                .orElseGet(() -> dataDirectory().resolve(HomeNetatmo.TOKEN_FILE));
    }

    public Path devicesFile() {
        return Path.of(devicesFile).toAbsolutePath();
    }

    @PreDestroy
    void stopEmulatedHome() {
        if (emulated != null) {
            emulated.close();
            emulated = null;
        }
    }
}
