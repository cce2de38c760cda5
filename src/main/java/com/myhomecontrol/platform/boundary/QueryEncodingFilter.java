package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.control.PercentEncoding;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;

/**
 * Refuses query parameters that are not percent-encoded UTF-8, naming each. Path parameters need
 * no check here: the servlet container refuses such a path itself (see BadRequestPage).
 */
@Provider
public class QueryEncodingFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // The raw query, since the runtime leaves parameters it cannot decode out of its maps.
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        List<FieldError> errors = query == null ? List.of() : Arrays.stream(query.split("&"))
                .filter(parameter -> !PercentEncoding.isUtf8(parameter))
                .map(parameter -> new FieldError(parameter.split("=", 2)[0], "must be percent-encoded UTF-8"))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
