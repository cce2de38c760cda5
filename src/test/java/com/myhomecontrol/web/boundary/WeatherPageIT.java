package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Browser;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeatherPageIT {

    private static final String STATION = "page-weather-" + System.nanoTime();
    private static final By TEMPERATURE = By.id("chart-temperature");
    private static final By CAPTION = By.id("history-caption");

    private static Browser browser;

    @BeforeAll
    static void storeReadingsAndStartBrowser() {
        HistoryReadings.store("/api/weather/readings", (time, newest) -> List.of(
                Json.createObjectBuilder().add("station_id", STATION).add("module_type", "indoor").add("timestamp", time)
                        .add("temperature_c", newest ? 21.7 : 20.5).add("humidity_percent", 48).add("co2_ppm", 640)
                        .add("pressure_mbar", 1013.2).add("noise_db", 38),
                Json.createObjectBuilder().add("station_id", STATION).add("module_type", "outdoor").add("timestamp", time)
                        .add("temperature_c", 4.5).add("humidity_percent", 81).add("wind_strength_kmh", 12)
                        .add("gust_strength_kmh", newest ? 37 : 25).add("rain_mm", 0.2)));
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aViewerSeesAChartForEachUnitTheModuleMeasuresOverTheRangeChosen() {
        browser.signIn(VIEWER, "/weather?station=" + STATION + "&module=indoor&range=hour");

        browser.showing(CAPTION, "Last hour");
        assertEquals("21.7 °C", browser.showing(By.id("latest-temperature"), "21.7").getText());
        int hour = browser.chartPoints(TEMPERATURE);
        assertTrue(hour >= HistoryReadings.LAST_HOUR - 1, "the last hour's readings, one point each: " + hour);
        for (String shown : List.of("humidity", "co2", "pressure", "noise")) {
            assertTrue(browser.chartPoints(By.id("chart-" + shown)) > 0, shown);
        }
        assertFalse(browser.driver().findElement(By.id("card-wind")).isDisplayed(), "the indoor module has no wind gauge");
        browser.showing(By.id("not-measured"), "Wind, Rain");

        browser.choose(By.id("range"), "week");
        browser.showing(CAPTION, "Last week");
        int week = browser.chartPoints(TEMPERATURE);
        assertTrue(week > 0 && week <= 6, "hourly averages of the two hours three days back and of the last hour: " + week);

        browser.choose(By.id("module"), STATION + "/outdoor");
        browser.showing(CAPTION, "outdoor");
        assertTrue(browser.chartPoints(By.id("chart-wind")) > 0);
        assertTrue(browser.chartPoints(By.id("chart-rain")) > 0);
        browser.showing(By.id("not-measured"), "CO₂, Pressure, Noise");
        assertTrue(browser.driver().getCurrentUrl().contains("module=outdoor"));
        assertTrue(browser.driver().getCurrentUrl().contains("range=week"));

        browser.choose(By.id("range"), "hour");
        browser.showing(CAPTION, "Last hour");
        assertEquals("Wind 12.0 km/h · Gusts 37.0 km/h", browser.showing(By.id("latest-wind"), "Gusts 37.0").getText());

        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshots("weather");
    }
}
