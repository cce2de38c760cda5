package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine the figures were measured on. */
record Machine(int processors, String cpuModel, long memoryMb, String javaVersion, String os) {

    static Machine describe() throws IOException, InterruptedException {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Files.readAllLines(Path.of("/proc/cpuinfo")), "model name"),
                Long.parseLong(firstValue(Files.readAllLines(Path.of("/proc/meminfo")), "MemTotal").replace("kB", "").trim()) / 1024,
                javaVersionOutput(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static String firstValue(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown");
    }

    /** What {@code java -version} prints for the JVM running the benchmark, which BenchmarkServer starts the server on too. */
    private static String javaVersionOutput() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!java.waitFor(30, TimeUnit.SECONDS)) {
            java.destroy();
        }
        return output;
    }
}
