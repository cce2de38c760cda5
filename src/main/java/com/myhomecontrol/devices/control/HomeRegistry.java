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
 * The devices file, read once, or, when it names no device, an emulated home (unless
 * HOMECONTROL_EMULATED_HOME=false). A devices file that cannot be used stops the start.
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

    private DeviceRegistry registry;
    private EmulatedHome emulated;

    @PostConstruct
    void load() {
        try {
            registry = DevicesFileParser.read(Path.of(devicesFile).toAbsolutePath());
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

    public Duration emulatedInterval() {
        return Duration.ofSeconds(emulatedPollSeconds);
    }

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath();
    }

    String devicesFile() {
        return devicesFile;
    }

    @PreDestroy
    void stopEmulatedHome() {
        if (emulated != null) {
            emulated.close();
        }
    }
}
