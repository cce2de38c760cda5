package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.Problem;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * The container's own 400, which it answers before the API sees the request: a path whose escapes
 * are no UTF-8 (%FF), or that hides a slash (%2F). A problem detail too, naming the path.
 */
@WebServlet("/errors/bad-request")
public class BadRequestPage extends HttpServlet {

    static final String RULE = "must be percent-encoded UTF-8, without an encoded slash or backslash";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, new Problem("about:blank", "Invalid input", 400,
                "path: " + RULE, List.of(new FieldError("path", RULE))));
    }
}
