package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import com.myhomecontrol.emulation.control.EmulatedHome;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Netatmo account the server polls, if any: the one of the environment when the devices file
 * enables netatmo, or the emulated home's.
 */
@ApplicationScoped
public class HomeNetatmo {

    private static final Logger LOG = Logger.getLogger(HomeNetatmo.class.getName());
    static final String TOKEN_FILE = "netatmo-token";
    /** Apart from the real account's, since the emulated account's tokens are good for one run only. */
    static final String EMULATED_TOKEN_FILE = "netatmo-token.emulated";

    @Inject
    HomeRegistry home;

    private PolledNetatmo account;

    @PostConstruct
    void load() {
        Optional<EmulatedHome> emulated = home.emulated();
        NetatmoSettings settings = home.registry().netatmo();
        if (emulated.isPresent()) {
            account = new PolledNetatmo(new NetatmoClient(emulatedAccount(emulated.get()), Clock.systemUTC()),
                    home.emulatedInterval(), true);
        } else if (settings.enabled()) {
            NetatmoAccount configured = NetatmoEnvironment.account(home.dataDirectory().resolve(TOKEN_FILE));
            account = new PolledNetatmo(new NetatmoClient(configured, Clock.systemUTC()),
                    Duration.ofSeconds(settings.pollSeconds()), false);
        }
        LOG.info(() -> account == null ? "No Netatmo account is polled"
                : "Polling the Netatmo account" + (emulated.isPresent() ? " of the emulated home" : ""));
    }

    private NetatmoAccount emulatedAccount(EmulatedHome emulated) {
        Path tokenFile = home.dataDirectory().resolve(EMULATED_TOKEN_FILE);
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the emulated account's old token file " + tokenFile, e);
        }
        NetatmoEmulatorSettings app = emulated.netatmoAccount();
        return new NetatmoAccount(emulated.netatmoBaseUrl(), app.clientId(), app.clientSecret(), app.refreshToken(), tokenFile);
    }

    public Optional<PolledNetatmo> account() {
        return Optional.ofNullable(account);
    }

    public Optional<PolledNetatmo> find(String deviceId) {
        return account().filter(a -> a.deviceId().equals(deviceId));
    }
}
