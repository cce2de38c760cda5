package com.myhomecontrol.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The server's {@code timeseries} persistence unit (META-INF/persistence.xml) in Java SE, on
 * EclipseLink as Liberty runs it, switched from JTA to resource-local transactions on the
 * DataSource given.
 */
final class TimeseriesUnit implements AutoCloseable {

    private final EntityManagerFactory factory;

    TimeseriesUnit(DataSource dataSource) {
        this.factory = Persistence.createEntityManagerFactory("timeseries", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                // Weaving in Java SE needs EclipseLink's agent on the command line; say plainly it is off.
                "eclipselink.weaving", "false"));
    }

    EntityManager createEntityManager() {
        return factory.createEntityManager();
    }

    @Override
    public void close() {
        factory.close();
    }
}
