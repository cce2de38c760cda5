package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.PostgresDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * The connection pool of jdbc/media: its size is POSTGRES_POOL_MAX, the connections in use come
 * from Liberty's ConnectionPoolStats MXBean of the data source (feature monitor-1.0, filtered to
 * the connection pools): the managed connections minus the free ones.
 */
@ApplicationScoped
public class PostgresPool {

    @Inject
    @ConfigProperty(name = "POSTGRES_POOL_MAX", defaultValue = "10")
    int size;

    private final MBeanServer beans = ManagementFactory.getPlatformMBeanServer();

    public int size() {
        return size;
    }

    /** The connections handed out now; null while Liberty has made no statistics of the pool yet. */
    public Integer inUse() {
        try {
            Set<ObjectName> pools = beans.queryNames(new ObjectName("WebSphere:type=ConnectionPoolStats,*"), null);
            for (ObjectName pool : pools) {
                if (isMedia(pool.getKeyProperty("name"))) {
                    long managed = ((Number) beans.getAttribute(pool, "ManagedConnectionCount")).longValue();
                    long free = ((Number) beans.getAttribute(pool, "FreeConnectionCount")).longValue();
                    return (int) (managed - free);
                }
            }
            return null;
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read the statistics of the PostgreSQL connection pool", e);
        }
    }

    /** Liberty names a pool by its data source's JNDI name, or by the data source's id where it has none. */
    private static boolean isMedia(String name) {
        String unquoted = name.startsWith("\"") ? ObjectName.unquote(name) : name;
        return unquoted.equals(PostgresDatabase.JNDI_NAME) || unquoted.startsWith("dataSource[media]");
    }
}
