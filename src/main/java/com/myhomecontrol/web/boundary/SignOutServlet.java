package com.myhomecontrol.web.boundary;

import com.myhomecontrol.platform.boundary.HomeAuthentication;
import com.myhomecontrol.platform.boundary.SignInCookie;
import com.myhomecontrol.platform.control.SignInSessions;
import com.myhomecontrol.platform.entity.SignInSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends the page session. A POST with the session's CSRF token, so that another site cannot sign a
 * user out. Checked here: the container does not hold back a request to an unprotected path when
 * the authentication refuses it.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    SignInSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token = SignInCookie.token(request);
        Optional<SignInSession> session = token.flatMap(sessions::find);
        if (session.isPresent() && !session.get().acceptsCsrfToken(request.getHeader(HomeAuthentication.CSRF_HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Signing out needs the session's token in " + HomeAuthentication.CSRF_HEADER + ".");
            return;
        }
        token.ifPresent(sessions::close);
        SignInCookie.clear(request, response);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
