package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.emulation.control.NetatmoEmulator;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetatmoTokensTest {

    private final NetatmoEmulator emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first-token"), 0);

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private NetatmoClient client(String refreshToken, Path tokenFile) {
        return new NetatmoClient(new NetatmoAccount(emulator.baseUrl(), "app", "secret", refreshToken, tokenFile), Clock.systemUTC());
    }

    @Test
    void theRotatedRefreshTokenIsKeptAndSurvivesARestart() throws IOException {
        Path tokenFile = folder.resolve("netatmo-token");
        client("first-token", tokenFile).stations();
        String rotated = Files.readString(tokenFile);

        assertNotEquals("first-token", rotated);
        assertEquals(List.of(tokenFile), files());

        client("first-token", tokenFile).stations();

        assertEquals(2, emulator.tokenRefreshes());
        assertNotEquals(rotated, Files.readString(tokenFile));
    }

    @Test
    void theRefreshTokenFromConfigurationIsDeadOnceRotated() {
        client("first-token", folder.resolve("a")).stations();

        NetatmoClient forgetful = client("first-token", folder.resolve("b"));

        assertThrows(NetatmoAuthFailedException.class, forgetful::stations);
    }

    @Test
    void invalidGrantFailsOncePerCallWithoutRetrying() {
        NetatmoClient client = client("revoked-token", folder.resolve("netatmo-token"));

        NetatmoAuthFailedException failure = assertThrows(NetatmoAuthFailedException.class, client::stations);

        assertTrue(failure.getMessage().contains("invalid_grant"), failure.getMessage());
        assertTrue(failure.getMessage().contains("NETATMO_REFRESH_TOKEN"), failure.getMessage());
        assertEquals(1, emulator.calls("/oauth2/token"));
        assertEquals(0, emulator.calls("/api/getstationsdata"));
        assertFalse(Files.exists(folder.resolve("netatmo-token")));
    }

    @Test
    void theAccessTokenIsReusedUntilItExpires() {
        NetatmoClient client = client("first-token", folder.resolve("netatmo-token"));
        client.stations();
        client.stations();

        assertEquals(1, emulator.tokenRefreshes());
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallRetried() {
        NetatmoClient client = client("first-token", folder.resolve("netatmo-token"));
        client.stations();
        emulator.expireAccessTokens();

        client.stations();

        assertEquals(2, emulator.tokenRefreshes());
        assertEquals(3, emulator.calls("/api/getstationsdata"));
    }

    /** As two servers of a cluster on one token file (NETATMO_TOKEN_FILE on a shared volume), taking turns. */
    @Test
    void twoClientsSharingTheTokenFileEachRefreshWithTheOthersRotatedToken() {
        Path shared = folder.resolve("netatmo-token");
        NetatmoClient first = client("first-token", shared);
        NetatmoClient second = client("first-token", shared);

        first.stations();
        second.stations();
        emulator.expireAccessTokens();
        first.stations();
        second.stations();

        assertEquals(4, emulator.tokenRefreshes(), "each refresh took the token the other had rotated");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
