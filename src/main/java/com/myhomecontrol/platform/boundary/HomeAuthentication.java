package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.control.BasicCredentials;
import com.myhomecontrol.platform.control.SignInSessions;
import com.myhomecontrol.platform.entity.Role;
import com.myhomecontrol.platform.entity.SignInSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from: the API's clients send HTTP Basic credentials, the pages the cookie of
 * a signed-in session (see the sign-in page), whose writes must also carry the session's CSRF
 * token in {@value #CSRF_HEADER}. With HOMECONTROL_ANONYMOUS_READ=true a request without either
 * may read (as the viewer role), for a trusted home LAN.
 */
@ApplicationScoped
public class HomeAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "MyHomeControl";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The request attribute holding the page session a request came with. */
    public static final String SESSION_ATTRIBUTE = "com.myhomecontrol.signInSession";
    /** Sent by the pages' scripts: their 401 answers must not make the browser ask for Basic credentials. */
    private static final String SCRIPT_HEADER = "X-Requested-With";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SignInSessions sessions;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_ANONYMOUS_READ", defaultValue = "false")
    boolean anonymousRead;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            CredentialValidationResult result = BasicCredentials.of(header)
                    .map(identities::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : challenge(request, response, "The user name or password is wrong");
        }
        Optional<SignInSession> session = SignInCookie.token(request).flatMap(sessions::find);
        if (session.isPresent()) {
            return signedIn(request, response, context, session.get());
        }
        if (anonymousRead && isRead(request)) {
            return context.notifyContainerAboutLogin("anonymous", Role.VIEWER.groups());
        }
        return context.isProtected()
                ? challenge(request, response, "This request needs HTTP Basic authentication or a signed-in session")
                : context.doNothing();
    }

    private AuthenticationStatus signedIn(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context, SignInSession session) {
        if (!isRead(request) && !session.acceptsCsrfToken(request.getHeader(CSRF_HEADER))) {
            return refuse(response, 403, "Forbidden", "A page's write must carry the signed-in session's token in "
                    + CSRF_HEADER + "; this one carries " + (request.getHeader(CSRF_HEADER) == null ? "none" : "another"));
        }
        request.setAttribute(SESSION_ATTRIBUTE, session);
        return context.notifyContainerAboutLogin(session.user(), session.groups());
    }

    private static boolean isRead(HttpServletRequest request) {
        return READ_METHODS.contains(request.getMethod());
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, String detail) {
        if (request.getHeader(SCRIPT_HEADER) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        return refuse(response, 401, "Unauthorized", detail);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String title, String detail) {
        try {
            ProblemResponses.write(response, status, title, detail);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
