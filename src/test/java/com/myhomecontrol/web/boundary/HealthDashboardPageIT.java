package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Browser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Instant;
import java.util.List;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /health-dashboard in a real Chromium, for a viewer: what GET /api/health answers, kept live, and the last day charted. */
class HealthDashboardPageIT {

    private static final List<String> CHARTS = List.of("chart-ingest", "chart-memory", "chart-disk", "chart-cpu");

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        browser.signIn(VIEWER, "/health-dashboard");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aViewerSeesTheStatusTheFiguresAndTheHistoryOfEachUnit() {
        browser.open("/health-dashboard");
        JsonObject health = Api.object(Api.get("/api/health", VIEWER));
        browser.showing(By.id("health-status"), health.getString("status"));
        browser.showing(By.id("now"), "version " + health.getJsonObject("system").getString("version"));
        browser.showing(By.id("postgres-status"), health.getJsonObject("databases").getJsonObject("postgres").getString("status").replace('_', ' '));

        int samples = Api.object(Api.get("/api/health/history", VIEWER)).getJsonArray("samples").size();
        for (String chart : CHARTS) {
            int points = browser.chartPoints(By.id(chart));
            assertTrue(points >= 1 && points <= samples + 1, chart + " drew " + points + " of about " + samples + " samples");
        }
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshots("health-dashboard");
    }

    @Test
    void theFiguresFollowWhatIsStoredWithoutAReload() {
        browser.open("/health-dashboard");
        long before = readingsShown(0);

        String plug = "health-page-" + System.nanoTime();
        String reading = "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":12.5}".formatted(plug, Instant.now().getEpochSecond());
        assertEquals(200, Api.post("/api/energy/readings", reading, OPERATOR).statusCode());
        long stored = Api.object(Api.get("/api/health", VIEWER)).getJsonObject("databases").getJsonObject("timeseries")
                .getJsonNumber("readings").longValue();
        assertTrue(stored > before, "the store counts the reading: " + stored + " after " + before);

        assertTrue(readingsShown(stored) >= stored);
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Waits until the page shows at least {@code atLeast} readings stored, and answers the count it shows. */
    private static long readingsShown(long atLeast) {
        return browser.await(driver -> {
            String value = driver.findElement(By.id("readings")).getAttribute("data-value");
            return value != null && !value.isEmpty() && Long.parseLong(value) >= atLeast ? Long.parseLong(value) : null;
        });
    }
}
