package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.NotFoundException;
import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problems.response(Problem.of(404, "Not found", e.getMessage()));
    }
}
