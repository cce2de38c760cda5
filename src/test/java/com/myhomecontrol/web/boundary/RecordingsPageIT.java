package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Browser;
import com.myhomecontrol.it.LibertyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recordings page on media a test stored through the API, for a camera of its own. */
class RecordingsPageIT {

    private static final int RECORDINGS = 30;
    private static final String CAMERA = "page-cam-" + System.nanoTime();

    private static Browser browser;

    @BeforeAll
    static void storeMediaAndStartBrowser() {
        long now = Instant.now().getEpochSecond();
        String recordings = IntStream.range(0, RECORDINGS).mapToObj(i -> ("{\"recording_id\":\"%s\",\"camera_id\":\"%s\","
                + "\"file_path\":\"%s\",\"file_size_bytes\":%d,\"duration_seconds\":30,\"recording_type\":\"%s\","
                + "\"is_unusual\":%b,\"timestamp\":%d}").formatted(recording(i), CAMERA, mediaPath(recording(i) + ".mp4"),
                1_000_000 + i, i == 0 ? "emergency" : "motion", i == 1, now - 60L * i)).toList().toString();
        assertEquals(200, Api.post("/api/recordings", recordings, OPERATOR).statusCode());
        analyse("recordings", recording(0), "person", 0.92);
        analyse("recordings", recording(1), "cat", 0.41);
        String snapshot = "{\"snapshot_id\":\"%s\",\"camera_id\":\"%s\",\"file_path\":\"%s\",\"file_size_bytes\":2048,\"timestamp\":%d}"
                .formatted(snapshot(), CAMERA, mediaPath(snapshot() + ".jpg"), now);
        assertEquals(200, Api.post("/api/snapshots", snapshot, OPERATOR).statusCode());
        analyse("snapshots", snapshot(), "car", 0.8);
        browser = Browser.start();
        browser.signIn(VIEWER, "/recordings?camera_id=" + CAMERA);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void storedRecordingsShowWithTheirAiTagsAndMorePagesByCursor() {
        browser.open("/recordings?camera_id=" + CAMERA);

        browser.showing(By.id("media-count"), "Showing 25 of 30 recordings");
        assertEquals(25, rows().size());
        WebElement newest = rows().get(0);
        assertEquals(recording(0), newest.getAttribute("data-id"));
        assertTrue(newest.getText().contains("person 92 %"), newest.getText());
        assertTrue(newest.getText().contains("emergency"), newest.getText());
        assertTrue(browser.driver().findElement(By.cssSelector("#cameras tr[data-camera='" + CAMERA + "']"))
                .getAttribute("textContent").contains("30"), "the camera's recordings in the storage statistics");
        browser.screenshots("recordings");

        browser.driver().findElement(By.id("more")).click();

        browser.showing(By.id("media-count"), "Showing 30 of 30 recordings");
        List<String> ids = rows().stream().map(row -> row.getAttribute("data-id")).toList();
        assertEquals(IntStream.range(0, RECORDINGS).mapToObj(RecordingsPageIT::recording).toList(), ids);
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("more")));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theFiltersChangeWhatIsShownAndStayInTheUrl() {
        browser.open("/recordings?camera_id=" + CAMERA);
        browser.showing(By.id("media-count"), "of 30 recordings");

        browser.driver().findElement(By.id("filter-emergency_only")).click();

        browser.showing(By.id("media-count"), "Showing 1 of 1 recordings");
        assertEquals(recording(0), rows().get(0).getAttribute("data-id"));
        assertTrue(browser.driver().getCurrentUrl().contains("emergency_only=true"), browser.driver().getCurrentUrl());

        browser.open("/recordings?camera_id=" + CAMERA + "&min_confidence=30");
        browser.showing(By.id("media-count"), "Showing 2 of 2 recordings");
        WebElement confidence = browser.driver().findElement(By.id("filter-min_confidence"));
        confidence.clear();
        confidence.sendKeys("50");
        browser.driver().findElement(By.id("apply")).click();

        browser.showing(By.id("media-count"), "Showing 1 of 1 recordings");
        assertEquals(recording(0), rows().get(0).getAttribute("data-id"));

        new Select(browser.driver().findElement(By.id("filter-kind"))).selectByValue("snapshots");

        browser.showing(By.id("media-count"), "Showing 1 of 1 snapshots");
        assertEquals(snapshot(), rows().get(0).getAttribute("data-id"));
        assertTrue(rows().get(0).getText().contains("car 80 %"), rows().get(0).getText());
        assertTrue(browser.driver().getCurrentUrl().contains("kind=snapshots"), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#media-rows tr"));
    }

    private static void analyse(String media, String id, String label, double confidence) {
        String analysis = "{\"analysis_type\":\"%s\",\"confidence\":%s}".formatted(label, confidence);
        assertEquals(201, Api.post("/api/" + media + "/" + id + "/ai-analysis", analysis, OPERATOR).statusCode());
    }

    private static String recording(int index) {
        return CAMERA + "-rec-" + index;
    }

    private static String snapshot() {
        return CAMERA + "-snap";
    }

    private static String mediaPath(String file) {
        return LibertyServer.dataDirectory().resolve("media").resolve(file).toString();
    }
}
