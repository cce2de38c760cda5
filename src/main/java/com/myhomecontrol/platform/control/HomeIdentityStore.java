package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The three users admin, operator and viewer. Their passwords come from the environment; a user
 * whose password is not set cannot log in (admin gets a generated one, see AdminPassword).
 */
@ApplicationScoped
public class HomeIdentityStore implements IdentityStore {

    @Inject
    AdminPassword adminPassword;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_OPERATOR_PASSWORD")
    Optional<String> operatorPassword;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_VIEWER_PASSWORD")
    Optional<String> viewerPassword;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<Role> role = switch (credential.getCaller()) {
            case "admin" -> adminPassword.matches(password) ? Optional.of(Role.ADMIN) : Optional.empty();
            case "operator" -> matches(operatorPassword, password) ? Optional.of(Role.OPERATOR) : Optional.empty();
            case "viewer" -> matches(viewerPassword, password) ? Optional.of(Role.VIEWER) : Optional.empty();
            default -> Optional.empty();
        };
        return role.map(r -> new CredentialValidationResult(credential.getCaller(), r.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static boolean matches(Optional<String> configured, char[] password) {
        return configured.filter(p -> !p.isBlank()).map(p -> Passwords.equal(p, password)).orElse(false);
    }
}
