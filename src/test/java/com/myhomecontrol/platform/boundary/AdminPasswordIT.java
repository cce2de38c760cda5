package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Without HOMECONTROL_ADMIN_PASSWORD the admin gets a generated password, shown once, kept only hashed. */
@OwnServerEnvironment
class AdminPasswordIT {

    private static final Pattern GENERATED = Pattern.compile("generated the password of user 'admin': (\\S+) ");
    private static final Map<String, String> NO_ADMIN_PASSWORD = Map.of("HOMECONTROL_ADMIN_PASSWORD", "");

    @Test
    void aGeneratedPasswordIsShownOnceAndStoredOnlyAsAHash() throws IOException {
        LibertyServer.restart(NO_ADMIN_PASSWORD);
        List<String> shown = generatedPasswords();
        assertEquals(1, shown.size(), "shown once in " + LibertyServer.messagesLog());
        String password = shown.get(0);

        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password + "x")), 401);
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", System.getProperty("it.admin.password"))), 401);

        Path hash = LibertyServer.dataDirectory().resolve("admin-password.hash");
        assertFalse(Files.readString(hash).contains(password));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(hash)));

        LibertyServer.restart(NO_ADMIN_PASSWORD);
        assertEquals(List.of(), generatedPasswords(), "not generated, nor shown, again (Liberty starts a new log)");
        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
    }

    private static List<String> generatedPasswords() throws IOException {
        Matcher matcher = GENERATED.matcher(Files.readString(LibertyServer.messagesLog()));
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
