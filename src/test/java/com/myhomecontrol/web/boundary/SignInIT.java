package com.myhomecontrol.web.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Browser;
import com.myhomecontrol.it.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInIT {

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
    void aPageWithoutASessionLeadsToTheSignInPageAndBack() {
        HttpResponse<String> page = PageSession.anonymousGet(PageSession.http(), "/energy?range=week");
        assertEquals(303, page.statusCode());
        assertEquals("/sign-in?next=%2Fenergy%3Frange%3Dweek", page.headers().firstValue("Location").orElseThrow());

        browser.open("/energy");
        browser.await(ExpectedConditions.urlContains("/sign-in?next="));
        browser.screenshots("sign-in");
        browser.signInWithForm(VIEWER.userName(), VIEWER.password());
        browser.await(ExpectedConditions.urlToBe(PageSession.http().resolve("/energy").toString()));
        assertEquals("viewer (viewer)", browser.showing(By.id("user"), "viewer").getText());
        assertEquals(List.of(), browser.consoleErrors());

        browser.signOut();
        browser.open("/energy");
        browser.await(ExpectedConditions.urlContains("/sign-in?next="));
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithAMessageAndNoSession() {
        HttpResponse<String> refused = PageSession.postSignIn(PageSession.http(), "viewer", "not-the-password", "/jobs", null);
        assertEquals(303, refused.statusCode());
        assertEquals("/sign-in?failed&next=%2Fjobs", refused.headers().firstValue("Location").orElseThrow());
        assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty());

        browser.open("/sign-in?next=/jobs");
        browser.signInWithForm("viewer", "not-the-password");
        assertEquals("The user name or password is wrong.",
                browser.showing(By.id("status"), "wrong").getText());
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureOverHttps() {
        String overHttp = PageSession.postSignIn(PageSession.http(), VIEWER.userName(), VIEWER.password(), "/", null)
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(overHttp.startsWith("homecontrol_session="), overHttp);
        assertTrue(overHttp.contains("HttpOnly"), overHttp);
        assertTrue(overHttp.contains("SameSite=Strict"), overHttp);
        assertTrue(overHttp.contains("Path=/"), overHttp);
        assertFalse(overHttp.contains("Secure"), overHttp);

        String overHttps = PageSession.postSignIn(PageSession.https(), VIEWER.userName(), VIEWER.password(), "/", null)
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(overHttps.contains("Secure"), overHttps);
        assertTrue(overHttps.contains("HttpOnly") && overHttps.contains("SameSite=Strict"), overHttps);
    }

    @Test
    void aWriteWithTheCookieButWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        PageSession session = PageSession.signIn(OPERATOR);
        String device = "csrf-" + System.nanoTime();
        String reading = "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":42}".formatted(device, Instant.now().getEpochSecond());

        assertProblem(session.post("/api/energy/readings", reading, null), 403);
        assertProblem(session.post("/api/energy/readings", reading, "forged-token"), 403);
        assertProblem(Api.get("/api/energy/devices/" + device + "/latest", VIEWER), 404);

        assertEquals(200, session.post("/api/energy/readings", reading, session.csrfToken()).statusCode());
        assertEquals(200, Api.get("/api/energy/devices/" + device + "/latest", VIEWER).statusCode());
    }

    @Test
    void theSessionAnswersWhoIsSignedInAndSignOutEndsIt() {
        PageSession session = PageSession.signIn(ADMIN);
        var caller = session.caller();
        assertEquals("admin", caller.getString("user"));
        assertEquals("admin", caller.getString("role"));
        assertTrue(caller.getBoolean("signed_in"));

        assertEquals(403, session.post("/sign-out", "", null).statusCode());
        assertEquals(204, session.post("/sign-out", "", session.csrfToken()).statusCode());
        HttpResponse<String> after = session.get("/api/session");
        assertProblem(after, 401);
        assertTrue(after.headers().firstValue("WWW-Authenticate").isEmpty(), "a page's script must not get a Basic prompt");
        assertEquals(303, session.get("/devices").statusCode());
    }

    @Test
    void theApiKeepsHttpBasicWithItsPrompt() {
        var caller = Api.object(Api.get("/api/session", VIEWER));
        assertEquals("viewer", caller.getString("user"));
        assertFalse(caller.getBoolean("signed_in"));
        assertTrue(caller.isNull("csrf_token"));
        assertTrue(Api.get("/api/session", Api.User.ANONYMOUS).headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void theFormLeadsOnlyToPagesOfThisPlatformAndTakesOnlyItsOwnPosts() {
        HttpResponse<String> elsewhere = PageSession.postSignIn(PageSession.http(), VIEWER.userName(), VIEWER.password(),
                "//evil.example/phish", null);
        assertEquals("/", elsewhere.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> forged = PageSession.postSignIn(PageSession.http(), VIEWER.userName(), VIEWER.password(),
                "/", "http://evil.example");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void everyAnswerCarriesTheContentSecurityPolicy() {
        HttpResponse<String> page = PageSession.anonymousGet(PageSession.http(), "/sign-in");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }
}
