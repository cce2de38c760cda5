package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Browser;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnergyPageIT {

    private static final String PLUG = "page-energy-" + System.nanoTime();
    private static final By POWER = By.id("power-chart");
    private static final By CAPTION = By.id("history-caption");

    private static Browser browser;

    @BeforeAll
    static void storeReadingsAndStartBrowser() {
        HistoryReadings.store("/api/energy/readings", (time, newest) -> List.of(Json.createObjectBuilder()
                .add("device_id", PLUG).add("timestamp", time).add("power_w", newest ? 123.4 : 240)));
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aViewerSeesThePlugsFiguresAndItsChartsOverTheRangeChosen() {
        browser.signIn(VIEWER, "/energy?device=" + PLUG + "&range=hour");

        browser.showing(By.cssSelector("#summary tr[data-device='" + PLUG + "']"), "123.4 W");
        browser.showing(CAPTION, "Last hour");
        int hour = browser.chartPoints(POWER);
        assertTrue(hour >= HistoryReadings.LAST_HOUR - 1, "the last hour's readings, one point each: " + hour);
        assertTrue(browser.chartPoints(By.id("energy-chart")) >= 12, "the hour's energy per 5 minutes");

        browser.choose(By.id("range"), "week");
        browser.showing(CAPTION, "Last week");
        assertTrue(browser.showing(CAPTION, "per hour").getText().contains(PLUG));
        int week = browser.chartPoints(POWER);
        assertTrue(week > 0 && week <= 6, "hourly averages of the two hours three days back and of the last hour: " + week);
        assertTrue(browser.driver().getCurrentUrl().contains("range=week"));

        browser.driver().navigate().refresh();
        browser.showing(CAPTION, "Last week");
        assertEquals("week", browser.visible(By.id("range")).getAttribute("value"));
        assertEquals(PLUG, browser.visible(By.id("device")).getAttribute("value"));

        assertEquals(24, browser.chartPoints(By.id("usage-chart")), "the last day's hours, also those without energy");
        browser.choose(By.id("usage-period"), "week");
        browser.showing(By.id("usage-caption"), "Last 7 days");
        browser.await(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("usage-chart"), "data-points", "24")));

        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshots("energy");
    }
}
