package com.myhomecontrol.web.boundary;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Browser;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The devices page on the emulated home, which the server polls from a devices file of this test's
 * own that names no device; the plug an admin adds stops the emulated home, so that test comes
 * after those on it, and the configuration found is put back at the end.
 */
@OwnServerEnvironment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesPageIT {

    private static final Path FILE = LibertyServer.dataDirectory().resolve("devices-page-it/devices.json");
    /** The Tapo account the test server is started with. */
    private static final TapoCredentials ACCOUNT = new TapoCredentials("it@example.com", "it-tapo-password");

    private static Browser browser;
    private static String configurationFound;

    @BeforeAll
    static void withTheEmulatedHome() throws IOException {
        LibertyServer.ensureRunning();
        Files.createDirectories(FILE.getParent());
        Files.deleteIfExists(FILE);
        LibertyServer.restart(Map.of("DEVICES_FILE", FILE.toString(), "HOMECONTROL_EMULATED_HOME", "true",
                "HOMECONTROL_EMULATED_POLL_SECONDS", "2", "TIMESERIES_DB_PATH", "data/devices-page-it/timeseries.db"));
        configurationFound = Api.get("/api/devices/config", ADMIN).body();
        Eventually.await(DevicesPageIT::devices, devices -> devices.size() == 4
                && devices.stream().noneMatch(device -> device.getString("status").equals("pending")), "the emulated home polled");
        browser = Browser.start();
        browser.signIn(ADMIN, "/devices");
    }

    @AfterAll
    static void withTheConfigurationFound() {
        browser.close();
        assertEquals(200, Api.put("/api/devices/config", configurationFound, ADMIN).statusCode());
    }

    @Test
    @Order(1)
    void theEmulatedHomeShowsWithItsStatusProblemsAndModulesAndAnAdminPollsADeviceNow() {
        browser.open("/devices");

        assertTrue(browser.showing(device("aircon"), "online").getText().contains("klap"));
        assertTrue(browser.showing(device("tv"), "degraded").getText().contains("get_emeter_data error_code -40210"));
        browser.showing(device("netatmo"), "netatmo api");
        assertFalse(browser.driver().findElements(By.cssSelector("#modules tbody tr")).isEmpty(), "the station's modules");
        assertTrue(browser.visible(By.id("emulated-note")).isDisplayed());
        browser.screenshots("devices");

        browser.driver().findElement(device("fridge")).findElement(By.cssSelector("button.poll")).click();

        browser.showing(By.id("status"), "fridge polled at");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(2)
    void anAdminAddsChangesAndRemovesAPlugAndABadIntervalIsRefusedNamingTheField() {
        String plugId = "page-plug-" + System.nanoTime();
        try (EmulatedPlug plug = EmulatedPlug.start(PlugSettings.klap(plugId, ACCOUNT, PowerProfiles.FRIDGE), 0)) {
            browser.open("/devices");
            browser.visible(By.id("plug-add"));
            fill(By.id("plug-device_id"), plugId);
            fill(By.id("plug-host"), plug.host());
            fill(By.id("plug-poll_seconds"), "4");
            browser.driver().findElement(By.id("plug-add")).click();

            assertTrue(browser.showing(By.id("add-problem"), "poll_seconds").getText().contains("5 to 86400"));
            assertEquals("true", browser.driver().findElement(By.id("plug-poll_seconds")).getAttribute("aria-invalid"));
            assertEquals(0, configuredPlugs().size());
            List<String> refusal = browser.consoleErrors();
            assertTrue(refusal.size() == 1 && refusal.get(0).contains("status of 400"), "only the refusal: " + refusal);

            fill(By.id("plug-poll_seconds"), "5");
            browser.driver().findElement(By.id("plug-add")).click();

            browser.visible(By.cssSelector("#plugs tr[data-plug='" + plugId + "']"));
            browser.showing(device(plugId), "online");
            assertEquals(5, configuredPlugs().get(0).getInt("poll_seconds"));

            WebElement row = browser.driver().findElement(By.cssSelector("#plugs tr[data-plug='" + plugId + "']"));
            WebElement interval = row.findElement(By.name("poll_seconds"));
            interval.clear();
            interval.sendKeys("7");
            row.findElement(By.cssSelector("button.save")).click();
            Eventually.await(DevicesPageIT::configuredPlugs, plugs -> plugs.get(0).getInt("poll_seconds") == 7, "the interval changed");

            browser.driver().findElement(By.cssSelector("#plugs tr[data-plug='" + plugId + "'] button.remove")).click();
            browser.await(ExpectedConditions.alertIsPresent()).accept();

            browser.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#plugs tr[data-plug='" + plugId + "']")));
            assertEquals(List.of(), configuredPlugs());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    @Order(3)
    void aViewerSeesTheDevicesWithoutPollButtonsOrTheConfiguration() {
        browser.signOut();
        browser.signIn(VIEWER, "/devices");

        browser.visible(By.cssSelector("#devices p, #devices .device"));
        assertTrue(browser.driver().findElements(By.cssSelector("button.poll")).isEmpty());
        assertFalse(browser.driver().findElement(By.id("configuration")).isDisplayed());
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static By device(String deviceId) {
        return By.cssSelector(".device[data-device='" + deviceId + "']");
    }

    private static void fill(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private static List<JsonObject> devices() {
        return Api.parse(Api.get("/api/devices", VIEWER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> configuredPlugs() {
        return Api.object(Api.get("/api/devices/config", ADMIN)).getJsonArray("tapo_plugs").getValuesAs(JsonObject.class);
    }
}
