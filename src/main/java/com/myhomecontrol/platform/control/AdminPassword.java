package com.myhomecontrol.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admin password when HOMECONTROL_ADMIN_PASSWORD is not set: generated once at first start and
 * kept as a salted PBKDF2 hash under the data folder. No password goes into a log (logs are shipped
 * and kept): the generated one is written, readable by the server's user only, to
 * {@value #INITIAL_PASSWORD_FILE} beside the hash, whose path the log names, and that file is
 * deleted once the admin has signed in with it.
 */
@ApplicationScoped
public class AdminPassword {

    static final String HASH_FILE = "admin-password.hash";
    static final String INITIAL_PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = Logger.getLogger(AdminPassword.class.getName());

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_ADMIN_PASSWORD")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_DATA_DIR", defaultValue = "data")
    String dataDir;

    private String storedHash;
    private volatile byte[] verifiedDigest;

    /** At start, so that a generated password is shown while the operator watches the log. */
    void initAtStart(@Observes Startup startup) {
        LOG.fine(() -> "Admin password " + (storedHash == null ? "from HOMECONTROL_ADMIN_PASSWORD" : "from " + HASH_FILE));
    }

    @PostConstruct
    void init() {
        hasher.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000"));
        if (configured.filter(p -> !p.isBlank()).isEmpty()) {
            storedHash = loadOrGenerate(Path.of(dataDir, HASH_FILE).toAbsolutePath());
        }
    }

    public boolean matches(char[] password) {
        return configured.filter(p -> !p.isBlank())
                .map(p -> Passwords.equal(p, password))
                .orElseGet(() -> matchesStoredHash(password));
    }

    /**
     * PBKDF2 is slow on purpose (about 80 ms here) and every request carries the password, so
     * once it has verified, a SHA-256 of it in memory checks the following requests.
     */
    private boolean matchesStoredHash(char[] password) {
        byte[] digest = Passwords.sha256(password);
        byte[] known = verifiedDigest;
        if (known != null) {
            return MessageDigest.isEqual(known, digest);
        }
        boolean verified = hasher.verify(password, storedHash);
        if (verified) {
            verifiedDigest = digest;
            forgetInitialPassword();
        }
        return verified;
    }

    private String loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String hash = hasher.generate(password.toCharArray());
            Path shown = initialPasswordFile();
            SecretFiles.write(shown, password + "\n");
            SecretFiles.write(file, hash);
            LOG.warning("HOMECONTROL_ADMIN_PASSWORD is not set: generated the password of user 'admin' into " + shown
                    + " (readable by this server's user only; deleted once admin has signed in with it). It is stored hashed in "
                    + file + "; set HOMECONTROL_ADMIN_PASSWORD to choose your own.");
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the admin password hash " + file, e);
        }
    }

    private void forgetInitialPassword() {
        Path shown = initialPasswordFile();
        try {
            if (Files.deleteIfExists(shown)) {
                LOG.info(() -> "admin signed in with the generated password: deleted " + shown);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + shown + ", which holds the generated admin password: delete it by hand", e);
        }
    }

    private Path initialPasswordFile() {
        return Path.of(dataDir, INITIAL_PASSWORD_FILE).toAbsolutePath();
    }
}
