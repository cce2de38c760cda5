package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own errors (unknown path, wrong method or media type) as problem details too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problems.response(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }
}
