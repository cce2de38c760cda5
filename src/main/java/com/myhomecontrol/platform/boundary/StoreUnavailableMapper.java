package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Problem;
import com.myhomecontrol.platform.entity.StoreUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/**
 * 503 with Retry-After. Logged in one line with its cause, without the stack: in an outage every
 * request ends here, and the store's writer logs the failure's stack once.
 */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {

    private static final Logger LOG = Logger.getLogger(StoreUnavailableMapper.class.getName());

    @Override
    public Response toResponse(StoreUnavailableException e) {
        LOG.warning(() -> "Answered 503, nothing acknowledged: " + e.getMessage());
        Response problem = Problems.response(Problem.of(503, "Store unavailable",
                e.getMessage() + ". Nothing of this request is acknowledged; retry it."));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "5").build();
    }
}
