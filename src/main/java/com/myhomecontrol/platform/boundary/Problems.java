package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.core.Response;

/** Builds the application/problem+json answers. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
