package com.myhomecontrol.media.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The {@code media} persistence unit outside the server (the jobs under JBeret in Java SE, the
 * tests): the same unit as META-INF/persistence.xml declares, switched from JTA on jdbc/media to
 * resource-local transactions on the data source given. Inside the server the container makes
 * the unit ({@code @PersistenceUnit(unitName = "media")}).
 */
public final class MediaUnit {

    public static final String NAME = "media";

    private MediaUnit() {
    }

    public static EntityManagerFactory outsideServer(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(NAME, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                // Weaving in Java SE needs EclipseLink's agent on the command line; the unit needs none.
                "eclipselink.weaving", "false"));
    }
}
