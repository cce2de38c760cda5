package com.myhomecontrol.deploy;

import com.myhomecontrol.it.WithoutTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compose files as Debian's docker-compose reads them: the platform alone, the platform with
 * PostgreSQL, and two servers behind HAProxy on one PostgreSQL; with the passwords of the examples,
 * and without each one.
 */
@WithoutTestServer
class ComposeFilesIT {

    private static final Path PLATFORM_ALONE = Path.of("docker-compose.yml");
    private static final Path WITH_POSTGRES = Path.of("deploy/myhomecontrol/docker-compose.yml");
    private static final Path CLUSTER = Path.of("deploy/cluster/docker-compose.yml");
    private static final Path ENV_EXAMPLE = Path.of("deploy/myhomecontrol/.env.example");
    private static final Path CLUSTER_ENV_EXAMPLE = Path.of("deploy/cluster/.env.example");
    private static final Pattern PASSWORD_LINE = Pattern.compile("^[A-Z_]*PASSWORD=(.*)$");

    @TempDir
    Path folder;

    @Test
    void thePlatformAloneKeepsItsDataOnANamedVolume() {
        String config = validConfig(PLATFORM_ALONE);

        assertTrue(config.contains("- myhomecontrol-data:/app/data:rw"), config);
        assertTrue(config.contains("published: 7777"), config);
        assertFalse(config.contains("POSTGRES_HOST"), "SQLite and the journal only:\n" + config);
    }

    @Test
    void thePlatformStartsOnceItsPostgres16IsHealthy() {
        String config = validConfig(WITH_POSTGRES);

        assertTrue(config.contains("image: postgres:16-alpine"), config);
        assertTrue(config.contains("pg_isready"), config);
        assertTrue(config.contains("condition: service_healthy"), config);
        assertTrue(config.contains("POSTGRES_HOST: postgres"), config);
        assertEquals(2, config.split("POSTGRES_PASSWORD: change-me-postgres", -1).length - 1,
                "the same password for PostgreSQL and the platform:\n" + config);
        assertTrue(config.contains("- myhomecontrol-data:/app/data:rw"), config);
        assertTrue(config.contains("- postgres-data:/var/lib/postgresql/data:rw"), config);
    }

    @Test
    void twoServersShareOnePostgresTheirDevicesAndNetatmoTokenBehindABalancerThatAsksEachIfItIsReady() throws IOException {
        String config = validConfig(CLUSTER, CLUSTER_ENV_EXAMPLE);

        assertEquals(2, config.split("TIMESERIES_STORE: postgresql", -1).length - 1, config);
        assertEquals(2, config.split("- shared-config:/app/config:rw", -1).length - 1, config);
        assertEquals(2, config.split("DEVICES_FILE: /app/config/devices.json", -1).length - 1, config);
        assertEquals(2, config.split("NETATMO_TOKEN_FILE: /app/config/netatmo-token", -1).length - 1, config);
        assertTrue(config.contains("- home-1-data:/app/data:rw") && config.contains("- home-2-data:/app/data:rw"), config);
        assertTrue(config.contains("image: haproxy:3.0-alpine") && config.contains("image: postgres:16-alpine"), config);
        assertTrue(config.contains("condition: service_healthy"), config);
        String balancer = Files.readString(CLUSTER.resolveSibling("haproxy.cfg"));
        assertTrue(balancer.contains("option httpchk GET /health/ready"), balancer);
        assertTrue(balancer.contains("server home-1 home-1:7777 check") && balancer.contains("server home-2 home-2:7777 check"), balancer);
    }

    @ParameterizedTest
    @CsvSource({
            "deploy/cluster/docker-compose.yml, HOMECONTROL_ADMIN_PASSWORD",
            "deploy/cluster/docker-compose.yml, KEYSTORE_PASSWORD",
            "deploy/cluster/docker-compose.yml, POSTGRES_PASSWORD",
            "docker-compose.yml, HOMECONTROL_ADMIN_PASSWORD",
            "docker-compose.yml, HOMECONTROL_OPERATOR_PASSWORD",
            "docker-compose.yml, HOMECONTROL_VIEWER_PASSWORD",
            "docker-compose.yml, KEYSTORE_PASSWORD",
            "deploy/myhomecontrol/docker-compose.yml, HOMECONTROL_ADMIN_PASSWORD",
            "deploy/myhomecontrol/docker-compose.yml, HOMECONTROL_OPERATOR_PASSWORD",
            "deploy/myhomecontrol/docker-compose.yml, HOMECONTROL_VIEWER_PASSWORD",
            "deploy/myhomecontrol/docker-compose.yml, KEYSTORE_PASSWORD",
            "deploy/myhomecontrol/docker-compose.yml, POSTGRES_PASSWORD"})
    void composeRefusesToStartWithoutEachPassword(Path composeFile, String password) throws IOException {
        Path envFile = folder.resolve("without-" + password + ".env");
        Files.write(envFile, Files.readAllLines(ENV_EXAMPLE).stream().filter(line -> !line.startsWith(password + "=")).toList());

        DockerCompose.Config config = DockerCompose.config(composeFile, envFile);

        assertFalse(config.valid(), config.output());
        assertTrue(config.output().contains("set " + password), config.output());
    }

    @ParameterizedTest
    @CsvSource({"deploy/myhomecontrol/.env.example", "deploy/cluster/.env.example"})
    void theExamplesGivePlaceholdersForPasswords(Path example) throws IOException {
        List<String> passwords = Files.readAllLines(example).stream().map(PASSWORD_LINE::matcher)
                .filter(Matcher::matches).map(matcher -> matcher.group(1)).toList();

        assertEquals(5, passwords.size(), passwords.toString());
        assertTrue(passwords.stream().allMatch(password -> password.startsWith("change-me-")), passwords.toString());
    }

    private static String validConfig(Path composeFile) {
        return validConfig(composeFile, ENV_EXAMPLE);
    }

    private static String validConfig(Path composeFile, Path envFile) {
        DockerCompose.Config config = DockerCompose.config(composeFile, envFile);
        assertTrue(config.valid(), config.output());
        return config.output();
    }
}
