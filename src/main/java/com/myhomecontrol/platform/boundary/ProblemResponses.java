package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Problem;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Problem details written where JAX-RS is not in charge: authentication and the container's errors. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, Problem.of(status, title, detail));
    }

    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonbSettings.JSONB.toJson(problem));
    }
}
