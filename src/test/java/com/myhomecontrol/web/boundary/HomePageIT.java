package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Browser;
import com.myhomecontrol.it.LibertyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The home overview in a real Chromium, for a viewer: a plug, a weather module and a recording the test stored, and the health. */
class HomePageIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aViewerSeesEachPlugModuleAndRecordingTheHomeReportedAndTheHealth() {
        String run = String.valueOf(System.nanoTime());
        String plug = "home-plug-" + run;
        String station = "home-station-" + run;
        String recording = "home-rec-" + run;
        long now = Instant.now().getEpochSecond();
        stored(Api.post("/api/energy/readings",
                "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":42.5,\"daily_energy_kwh\":1.25}".formatted(plug, now), OPERATOR));
        stored(Api.post("/api/weather/readings", ("{\"station_id\":\"%s\",\"module_type\":\"outdoor\",\"timestamp\":%d,"
                + "\"temperature_c\":-3.5,\"humidity_percent\":81,\"wind_strength_kmh\":12}").formatted(station, now), OPERATOR));
        stored(Api.post("/api/recordings", ("{\"recording_id\":\"%s\",\"camera_id\":\"porch-%s\",\"file_path\":\"%s\","
                + "\"file_size_bytes\":2000000,\"recording_type\":\"motion\",\"timestamp\":%d}")
                .formatted(recording, run, LibertyServer.dataDirectory().resolve("media").resolve(recording + ".mp4"), now), OPERATOR));
        assertEquals(201, Api.post("/api/recordings/" + recording + "/ai-analysis",
                "{\"analysis_type\":\"person\",\"confidence\":0.87}", OPERATOR).statusCode());

        browser.signIn(VIEWER, "/");
        browser.showing(By.cssSelector("[data-device='" + plug + "'] .power"), "42.5 W");
        browser.showing(By.cssSelector("[data-device='" + plug + "'] .today"), "kWh");
        String module = "[data-station='" + station + "'][data-module='outdoor'] ";
        browser.showing(By.cssSelector(module + "[data-field='temperature_c']"), "-3.5 °C");
        browser.showing(By.cssSelector(module + "[data-field='humidity_percent']"), "81 %");
        browser.showing(By.cssSelector(module + "[data-field='wind_strength_kmh']"), "12 km/h");
        browser.showing(By.cssSelector("[data-recording='" + recording + "']"), "porch-" + run);
        browser.showing(By.cssSelector("[data-recording='" + recording + "'] .tags"), "person 87 %");
        browser.showing(By.id("health-status"), Api.object(Api.get("/api/health", VIEWER)).getString("status"));
        for (String page : List.of("/energy", "/weather", "/recordings", "/devices", "/jobs", "/health-dashboard")) {
            browser.visible(By.cssSelector("#content a[href='" + page + "']"));
        }
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshots("home");
    }

    private static void stored(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }
}
