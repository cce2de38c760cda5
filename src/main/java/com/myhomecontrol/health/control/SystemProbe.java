package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.Health;
import com.myhomecontrol.maintenance.control.PlatformVersion;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's figures: CPU load, the Java heap, the disk of the data folder, uptime and version. */
@ApplicationScoped
public class SystemProbe {

    private static final long MB = 1024 * 1024;

    @Inject
    TimeseriesDatabase database;

    private com.sun.management.OperatingSystemMXBean os;
    private String version;

    @PostConstruct
    void init() {
        os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        version = PlatformVersion.current();
    }

    public Health.SystemFigures figures() {
        return new Health.SystemFigures(cpuPercent(), memory(), disk(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, version);
    }

    /** The load of every CPU the machine (or container) gives the server, 0 to 100; 0 before the JVM first knows it. */
    public double cpuPercent() {
        double load = os.getCpuLoad();
        return load < 0 ? 0 : Math.round(load * 1000) / 10.0;
    }

    public Health.Memory memory() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Health.Memory(heap.getUsed() / MB, heap.getMax() / MB);
    }

    /**
     * The file system that holds the data folder (the time-series database's folder), or, before the
     * folder is made, the one it will be made on.
     */
    public Health.Disk disk() {
        Path folder = database.file().getParent();
        Path existing = folder;
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return new Health.Disk(folder.toString(), store.getUsableSpace(), store.getTotalSpace());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the file system of " + folder, e);
        }
    }
}
