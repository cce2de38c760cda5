package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.Metrics;
import com.myhomecontrol.it.OwnServerEnvironment;
import com.myhomecontrol.it.PageSession;
import com.myhomecontrol.it.RunsLast;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's logs: JSON lines through Liberty's own JSON logging when asked for, and, over the
 * logs of the whole test run (the application's own logging at every level), no password, no
 * credentials of a request and no Authorization header.
 */
@OwnServerEnvironment
@RunsLast
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogsIT {

    private static final Map<String, String> JSON_LOGS = Map.of("WLP_LOGGING_MESSAGE_FORMAT", "JSON", "WLP_LOGGING_CONSOLE_FORMAT", "JSON");
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)authorization\\W{0,4}basic\\s*[a-z0-9+/]{8,}");

    @Test
    @Order(1)
    void withLibertysJsonFormatEveryLineOfTheMessagesLogIsAJsonObject() throws IOException {
        LibertyServer.restart(JSON_LOGS);
        requestsCarryingEveryPassword();

        List<String> lines = Files.readAllLines(LibertyServer.messagesLog()).stream().filter(line -> !line.isBlank()).toList();
        assertTrue(lines.size() > 10, lines.toString());
        for (String line : lines) {
            JsonObject message = parse(line);
            assertEquals("liberty_message", message.getString("type"), line);
            assertFalse(message.getString("message").isBlank(), line);
            Instant.parse(message.getString("ibm_datetime").replaceFirst("(\\+|-)(\\d\\d)(\\d\\d)$", "$1$2:$3"));
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("CWWKF0011I")), "the server's start is among them");
    }

    @Test
    @Order(2)
    void noLogOfTheRunShowsASecret() throws IOException {
        List<String> secrets = new ArrayList<>(LibertyServer.secrets());
        for (Api.User user : new Api.User[] {ADMIN, OPERATOR, VIEWER}) {
            secrets.add(Api.basic(user.userName(), user.password()).substring("Basic ".length()));
        }
        List<Path> logs = LibertyServer.stopAndCollectLogs();
        assertTrue(logs.stream().anyMatch(log -> log.getFileName().toString().startsWith("trace")), "the trace of every level: " + logs);

        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), log + " shows a secret (" + secret.length() + " characters)");
            }
            assertFalse(AUTHORIZATION.matcher(text).find(), log + " shows an Authorization header");
        }
    }

    /** Right and wrong ones, in Basic headers and in the sign-in form: a log may show neither. */
    private static void requestsCarryingEveryPassword() {
        for (Api.User user : new Api.User[] {ADMIN, OPERATOR, VIEWER}) {
            assertEquals(200, Api.get("/api/energy/devices", user).statusCode());
            assertEquals(401, Api.getWithAuthorization("/api/energy/devices", Api.basic(user.userName(), "x" + user.password())).statusCode());
            assertEquals(user == ADMIN ? 200 : 401, Metrics.get(user).statusCode());
            PageSession.signIn(user);
            PageSession.postSignIn(PageSession.http(), user.userName(), user.password() + "x", "/", null);
        }
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new AssertionError("Not a JSON line: " + line, e);
        }
    }
}
