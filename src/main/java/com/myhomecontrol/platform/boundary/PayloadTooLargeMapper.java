package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.PayloadTooLargeException;
import com.myhomecontrol.platform.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return Problems.response(Problem.of(413, "Payload too large", e.getMessage()));
    }
}
