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

/**
 * Without HOMECONTROL_ADMIN_PASSWORD the admin gets a generated password in a file only the
 * server's user reads, never in the log, kept only hashed once the admin has signed in with it.
 */
@OwnServerEnvironment
class AdminPasswordIT {

    private static final Pattern NAMED_FILE = Pattern.compile("generated the password of user 'admin' into (\\S+) ");
    private static final Map<String, String> NO_ADMIN_PASSWORD = Map.of("HOMECONTROL_ADMIN_PASSWORD", "");

    @Test
    void aGeneratedPasswordIsGivenInAFileNamedByTheLogAndStoredOnlyAsAHash() throws IOException {
        LibertyServer.restart(NO_ADMIN_PASSWORD);
        List<String> named = namedFiles();
        assertEquals(1, named.size(), "named once in " + LibertyServer.messagesLog());
        Path shown = Path.of(named.get(0));
        assertEquals(LibertyServer.dataDirectory().resolve("initial-admin-password").toAbsolutePath().normalize(), shown.normalize());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(shown)));
        String password = Files.readString(shown).strip();
        assertFalse(Files.readString(LibertyServer.messagesLog()).contains(password), "never in the log");

        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
        assertFalse(Files.exists(shown), "deleted once admin signed in with it");
        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password + "x")), 401);
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", System.getProperty("it.admin.password"))), 401);

        Path hash = LibertyServer.dataDirectory().resolve("admin-password.hash");
        assertFalse(Files.readString(hash).contains(password));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(hash)));

        LibertyServer.restart(NO_ADMIN_PASSWORD);
        assertEquals(List.of(), namedFiles(), "not generated again (Liberty starts a new log)");
        assertFalse(Files.exists(shown));
        assertEquals(200, Api.getWithAuthorization("/api/energy/devices", Api.basic("admin", password)).statusCode());
    }

    private static List<String> namedFiles() throws IOException {
        Matcher matcher = NAMED_FILE.matcher(Files.readString(LibertyServer.messagesLog()));
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
