package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs page on the test server's jobs: an admin runs the rollup (cheap) now, a viewer only looks. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsPageIT {

    private static final Pattern STARTED = Pattern.compile("rollup started as run #(\\d+)");

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        browser.signIn(ADMIN, "/jobs");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void anAdminRunsTheRollupNowAndSeesItCompleteAndABadParameterIsRefusedNamingIt() {
        browser.open("/jobs");
        WebElement rollup = browser.showing(By.id("job-rollup"), "*/5 * * * *");
        browser.showing(By.id("job-restore"), "on demand only");
        browser.visible(By.id("backups-count"));

        rollup.findElement(By.tagName("summary")).click();
        rollup.findElement(By.name("rebuild")).sendKeys("maybe");
        browser.driver().findElement(By.id("run-rollup")).click();

        assertTrue(browser.showing(By.id("problem-rollup"), "rebuild").getText().contains("true or false"));
        List<String> refusal = browser.consoleErrors();
        assertTrue(refusal.size() == 1 && refusal.get(0).contains("status of 400"), "only the refusal: " + refusal);

        WebElement rebuild = browser.driver().findElement(By.cssSelector("#job-rollup [name=rebuild]"));
        rebuild.clear();
        browser.driver().findElement(By.id("run-rollup")).click();

        Matcher started = STARTED.matcher(browser.showing(By.id("status"), "rollup started as run #").getText());
        assertTrue(started.find());
        long run = Long.parseLong(started.group(1));
        // A scheduled rollup may have started after this one: the card shows the newest run.
        browser.await(driver -> {
            WebElement card = driver.findElement(By.id("job-rollup"));
            return card.getAttribute("data-status").equals("COMPLETED") && Long.parseLong(card.getAttribute("data-run")) >= run;
        });
        browser.screenshots("jobs");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(2)
    void aViewerSeesTheJobsWithoutRunNowButtons() {
        browser.signOut();
        browser.signIn(VIEWER, "/jobs");

        browser.showing(By.id("job-backup"), "0 3 * * *");
        assertTrue(browser.driver().findElements(By.cssSelector("button[id^=run-]")).isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
