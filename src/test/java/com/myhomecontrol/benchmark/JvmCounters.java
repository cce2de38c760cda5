package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a running JVM's memory goes, from its own performance counters (`jcmd PID PerfCounter.print`,
 * on by default in every HotSpot, whatever the collector): committed heap and how much of it is in use,
 * committed metaspace, live threads.
 */
record JvmCounters(long heapCommittedBytes, long heapUsedBytes, long metaspaceCommittedBytes, long liveThreads) {

    private static final List<String> HEAP_SPACES = List.of("sun.gc.generation.0.space.0.used", "sun.gc.generation.0.space.1.used",
            "sun.gc.generation.0.space.2.used", "sun.gc.generation.1.space.0.used");

    static JvmCounters of(long pid) throws IOException, InterruptedException {
        Map<String, Long> counters = read(pid);
        return new JvmCounters(counter(counters, "sun.gc.generation.0.capacity") + counter(counters, "sun.gc.generation.1.capacity"),
                HEAP_SPACES.stream().mapToLong(name -> counter(counters, name)).sum(),
                counter(counters, "sun.gc.metaspace.capacity"), counter(counters, "java.threads.live"));
    }

    private static Map<String, Long> read(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "PerfCounter.print")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(1, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " PerfCounter.print failed: " + output);
        }
        Map<String, Long> counters = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(equals + 1).matches("-?\\d+")) {
                counters.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
            }
        }
        return counters;
    }

    private static long counter(Map<String, Long> counters, String name) {
        Long value = counters.get(name);
        if (value == null) {
            throw new IllegalStateException("The server's JVM has no performance counter " + name);
        }
        return value;
    }
}
