package com.myhomecontrol.maintenance;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Makes the application's batch artifacts beans under Weld SE: in the war, WEB-INF/beans.xml does
 * that, but target/classes has no beans.xml of its own.
 */
public class BatchArtifactsExtension implements Extension {

    void addArtifacts(@Observes BeforeBeanDiscovery discovery) {
        BatchArtifacts.named().values().forEach(type -> discovery.addAnnotatedType(type, type.getName()));
    }
}
