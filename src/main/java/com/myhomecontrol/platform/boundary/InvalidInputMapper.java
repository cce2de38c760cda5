package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    /** Enough to fix a request; a batch of 10,000 bad items need not echo them all. */
    static final int MAX_LISTED = 100;

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.errors();
        String detail = errors.size() == 1 ? e.getMessage()
                : e.getMessage() + " (and " + (errors.size() - 1) + " more)";
        return Problems.response(new Problem("about:blank", "Invalid input", 400, detail,
                List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)))));
    }
}
