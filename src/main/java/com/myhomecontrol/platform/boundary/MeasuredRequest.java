package com.myhomecontrol.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose answers the metrics time, from the request to the last byte of its body
 * (a streamed history included), as {@code <operation>_request_seconds} tagged with the data's kind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MeasuredRequest {

    /** {@code ingest} or {@code history}. */
    String operation();

    /** {@code energy} or {@code weather}. */
    String kind();
}
