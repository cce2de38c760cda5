package com.myhomecontrol.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/** Produces the request-reading helpers with the limits from the configuration. */
@ApplicationScoped
public class RequestSupport {

    @Inject
    @ConfigProperty(name = "HOMECONTROL_MAX_BODY_BYTES", defaultValue = "16777216")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "HOMECONTROL_MAX_BATCH_ITEMS", defaultValue = "10000")
    int maxBatchItems;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    JsonBodyReader bodyReader() {
        return new JsonBodyReader(maxBodyBytes, maxBatchItems);
    }

    @Produces
    TimestampParser timestampParser(Clock clock) {
        return new TimestampParser(clock);
    }
}
