package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.ConflictException;
import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problems.response(Problem.of(409, "Conflict", e.getMessage()));
    }
}
