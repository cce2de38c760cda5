package com.myhomecontrol.maintenance.boundary;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Makes the application's batch artifacts beans under Weld SE: in the war, WEB-INF/beans.xml does
 * that, but target/classes has no beans.xml of its own. Registered (META-INF/services) only on the
 * class paths of the tests and of the offline command, never in the war, where it would make each
 * artifact a bean twice.
 */
public class BatchArtifactsExtension implements Extension {

    void addArtifacts(@Observes BeforeBeanDiscovery discovery) {
        BatchArtifacts.named().values().forEach(type -> discovery.addAnnotatedType(type, type.getName()));
    }
}
