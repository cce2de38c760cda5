package com.myhomecontrol.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The container's 403 (an authenticated user without the role) as a problem detail. */
@WebServlet("/errors/forbidden")
public class ForbiddenPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        ProblemResponses.write(response, 403, "Forbidden", "User " + (user == null ? "anonymous" : "'" + user + "'")
                + " lacks the role this request needs: reads need viewer, writes operator, administration admin");
    }
}
