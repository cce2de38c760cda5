package com.myhomecontrol.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The PostgreSQL database of the server, if one is configured (POSTGRES_HOST set): it holds the
 * media metadata, the persistent timers of the job schedules, and the devices' shared states and
 * poll claims. Without it nothing may ask jdbc/media.
 */
@ApplicationScoped
public class PostgresDatabase {

    public static final String JNDI_NAME = "jdbc/media";

    @Inject
    @ConfigProperty(name = "POSTGRES_HOST")
    Optional<String> host;

    public boolean configured() {
        return host().isPresent();
    }

    /** POSTGRES_HOST, empty when none is configured. */
    public Optional<String> host() {
        return host.filter(name -> !name.isBlank());
    }
}
