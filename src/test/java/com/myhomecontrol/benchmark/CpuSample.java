package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The CPU time used so far by the server's process and by the benchmark's own (the emulated
 * plugs), and the machine's busy and total ticks from /proc/stat, which count other work on the
 * machine too.
 */
record CpuSample(long atNanos, Duration server, Duration benchmark, long machineBusyTicks, long machineTicks) {

    /** What was used between two samples. */
    record Use(Duration elapsed, Duration server, Duration benchmark, double machineBusyShare) {
    }

    static CpuSample take(long serverPid) throws IOException {
        ProcessHandle server = ProcessHandle.of(serverPid)
                .orElseThrow(() -> new IllegalStateException("The server's process " + serverPid + " is gone"));
        // The first line of /proc/stat: cpu user nice system idle iowait irq softirq steal ...
        long[] ticks = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                .skip(1).limit(8).mapToLong(Long::parseLong).toArray();
        long total = Arrays.stream(ticks).sum();
        return new CpuSample(System.nanoTime(), cpu(server), cpu(ProcessHandle.current()), total - ticks[3] - ticks[4], total);
    }

    Use since(CpuSample earlier) {
        return new Use(Duration.ofNanos(atNanos - earlier.atNanos), server.minus(earlier.server), benchmark.minus(earlier.benchmark),
                (double) (machineBusyTicks - earlier.machineBusyTicks) / (machineTicks - earlier.machineTicks));
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("No CPU time for process " + process.pid()));
    }
}
