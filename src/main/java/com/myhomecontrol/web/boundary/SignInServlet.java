package com.myhomecontrol.web.boundary;

import com.myhomecontrol.platform.boundary.SignInCookie;
import com.myhomecontrol.platform.control.SignInSessions;
import com.myhomecontrol.web.control.LocalTarget;
import com.myhomecontrol.web.control.SameOrigin;
import com.myhomecontrol.web.control.SignInThrottle;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The sign-in page and its form: valid credentials open a page session (see SignInCookie) and go
 * on to the page asked for; wrong ones come back to the form with a message.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SignInSessions sessions;

    @Inject
    SignInThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.forward(request, response, "sign-in");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LocalTarget.of(request.getParameter("next"));
        if (!SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Host"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("A sign-in must come from this platform's own sign-in page.");
            return;
        }
        String address = request.getRemoteAddr();
        if (throttle.wait(address).isPresent()) {
            LOG.warning(() -> "A sign-in from " + address + " was refused unchecked: too many wrong passwords from there");
            backToForm(response, "throttled", next);
            return;
        }
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        CredentialValidationResult result = user == null || password == null ? CredentialValidationResult.INVALID_RESULT
                : identities.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(address);
            LOG.warning(() -> "A sign-in as '" + printable(user) + "' from " + address + " was refused: wrong user name or password");
            backToForm(response, "failed", next);
            return;
        }
        throttle.succeeded(address);
        var session = sessions.open(result.getCallerPrincipal().getName(), result.getCallerGroups());
        SignInCookie.issue(request, response, session.getKey());
        redirect(response, next);
    }

    private static void backToForm(HttpServletResponse response, String reason, String next) {
        redirect(response, "/sign-in?" + reason + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    /** A user name as typed may hold line breaks that would forge log lines. */
    private static String printable(String user) {
        return user == null ? "" : user.replaceAll("\\p{Cntrl}", "?");
    }
}
