package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP Basic authentication against the HomeIdentityStore. With HOMECONTROL_ANONYMOUS_READ=true a
 * request without credentials may read (as the viewer role), for a trusted home LAN.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "MyHomeControl";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identities;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_ANONYMOUS_READ", defaultValue = "false")
    boolean anonymousRead;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            CredentialValidationResult result = credential(header)
                    .map(identities::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : challenge(response, "The user name or password is wrong");
        }
        if (anonymousRead && READ_METHODS.contains(request.getMethod())) {
            return context.notifyContainerAboutLogin("anonymous", Role.VIEWER.groups());
        }
        return context.isProtected()
                ? challenge(response, "This request needs HTTP Basic authentication")
                : context.doNothing();
    }

    private static Optional<UsernamePasswordCredential> credential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponses.write(response, 401, "Unauthorized", detail);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
