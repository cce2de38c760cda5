package com.myhomecontrol.health.boundary;

import com.myhomecontrol.platform.boundary.MeasuredRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;

/**
 * Times the answers of the methods marked {@link MeasuredRequest}: a body is timed to its last byte
 * (the writer interceptor wraps the writing of a streamed history), an answer without one when its
 * status is set. Error answers count too: a client waited for them as well.
 */
@ApplicationScoped
@Provider
public class RequestLatencies implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final String TIMER = RequestLatencies.class.getName() + ".timer";
    private static final String BEGAN = RequestLatencies.class.getName() + ".began";

    @Context
    ResourceInfo resource;

    @Inject
    MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        MeasuredRequest measured = method == null ? null : method.getAnnotation(MeasuredRequest.class);
        if (measured != null) {
            request.setProperty(TIMER, timer(measured));
            request.setProperty(BEGAN, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            Object timer = request.getProperty(TIMER);
            if (timer != null) {
                record((Timer) timer, (Long) request.getProperty(BEGAN));
            }
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object timer = context.getProperty(TIMER);
        try {
            context.proceed();
        } finally {
            if (timer != null) {
                record((Timer) timer, (Long) context.getProperty(BEGAN));
            }
        }
    }

    private Timer timer(MeasuredRequest measured) {
        Metadata metadata = Metadata.builder().withName(measured.operation() + "_request").withUnit(MetricUnits.SECONDS)
                .withDescription("Answers of the " + measured.operation() + " API, from the request to the last byte of the body")
                .build();
        return registry.timer(metadata, new Tag("kind", measured.kind()));
    }

    private static void record(Timer timer, long began) {
        timer.update(Duration.ofNanos(System.nanoTime() - began));
    }
}
