package com.myhomecontrol.deploy;

import com.myhomecontrol.it.WithoutTestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar for a bare-metal install (target/myhomecontrol.jar), started once with its
 * embedded defaults on ports of its own: the test server's plus 100 (it.http.port, it.https.port).
 */
@WithoutTestServer
class RunnableJarIT {

    @Test
    void becomesReadyWithItsDataInTheFolderItStartsIn() throws IOException {
        int httpPort = Integer.getInteger("it.http.port") + 100;
        int httpsPort = Integer.getInteger("it.https.port") + 100;
        try (RunnableJar jar = RunnableJar.start(httpPort, httpsPort)) {
            JsonObject ready = Json.createReader(new StringReader(jar.awaitReady())).readObject();

            assertEquals("UP", ready.getString("status"), ready.toString());
            Path data = RunnableJar.startFolder().toRealPath().resolve("data");
            assertEquals(data.resolve("timeseries.db").toString(), check(ready, "timeseries-store").getJsonObject("data").getString("location"));
            assertEquals("journal", check(ready, "media-store").getJsonObject("data").getString("active_store"));
            assertTrue(Files.isRegularFile(data.resolve("timeseries.db")));
            assertTrue(Files.isRegularFile(data.resolve("admin-password.hash")));
            assertTrue(Files.isDirectory(data.resolve("media/journal")));
            assertFalse(Files.exists(RunnableJar.unpackedServer().resolve("data")), "no data where the jar unpacks itself");
            assertTrue(Files.readString(RunnableJar.logs().resolve("messages.log")).contains("CWWKF0011I"), "Liberty's log in LOG_DIR");
        }
    }

    @Test
    void carriesNoKeystorePasswordNorKeys() throws IOException {
        try (ZipFile jar = new ZipFile(RunnableJar.JAR.toFile())) {
            String serverEnv = new String(jar.getInputStream(jar.getEntry("wlp/usr/servers/homecontrol/server.env")).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> securityFiles = jar.stream().map(ZipEntry::getName).filter(name -> name.contains("/resources/security/")).toList();

            assertFalse(serverEnv.contains("keystore_password"), serverEnv);
            assertEquals(List.of(), securityFiles);
        }
    }

    private static JsonObject check(JsonObject ready, String name) {
        return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
