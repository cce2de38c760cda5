package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import com.myhomecontrol.emulation.control.EmulatedHome;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import com.myhomecontrol.platform.entity.ConflictException;
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
    public static final String TOKEN_FILE = "netatmo-token";
    /** Apart from the real account's, since the emulated account's tokens are good for one run only. */
    static final String EMULATED_TOKEN_FILE = "netatmo-token.emulated";

    @Inject
    HomeRegistry home;

    private volatile PolledNetatmo account;
    /** The devices file's settings of the account polled; the emulated home's account has none. */
    private volatile NetatmoSettings settings;

    @PostConstruct
    void load() {
        Optional<EmulatedHome> emulated = home.emulated();
        if (emulated.isPresent()) {
            account = new PolledNetatmo(new NetatmoClient(emulatedAccount(emulated.get()), Clock.systemUTC()),
                    home.emulatedInterval(), true);
        } else {
            use(home.registry(), plan(home.registry()));
        }
        LOG.info(() -> account == null ? "No Netatmo account is polled"
                : "Polling the Netatmo account" + (emulated.isPresent() ? " of the emulated home" : ""));
    }

    /** The account that polls {@code next}: the one polled if its settings are unchanged, else a new one, if any. Changes nothing. */
    public Optional<PolledNetatmo> plan(DeviceRegistry next) {
        NetatmoSettings wanted = next.netatmo();
        if (home.emulates(next) || wanted.equals(settings)) {
            return account();
        }
        if (!wanted.enabled()) {
            return Optional.empty();
        }
        try {
            NetatmoAccount configured = NetatmoEnvironment.account(home.netatmoTokenFile());
            return Optional.of(new PolledNetatmo(new NetatmoClient(configured, Clock.systemUTC()),
                    Duration.ofSeconds(wanted.pollSeconds()), false));
        } catch (IllegalStateException missingInEnvironment) {
            throw new ConflictException(missingInEnvironment.getMessage() + " in the server's environment and restart the server");
        }
    }

    /** Polls {@code planned}, the plan for {@code next}, from now on. */
    public void use(DeviceRegistry next, Optional<PolledNetatmo> planned) {
        account = planned.orElse(null);
        settings = home.emulates(next) ? null : next.netatmo();
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
