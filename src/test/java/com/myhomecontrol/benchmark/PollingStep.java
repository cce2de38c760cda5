package com.myhomecontrol.benchmark;

import com.myhomecontrol.emulation.control.PlugFirmware;

import java.time.Duration;

/** What one server made of polling {@code plugs} plugs of one firmware every {@code interval} through a measured window. */
record PollingStep(int plugs, PlugFirmware firmware, Duration interval, Duration window, StoredPolls polls, CpuSample.Use cpu,
                   BenchmarkServer.Memory memory, int serverThreads) {

    /** A little under every tick, since polls near the window's edges may fall on either side of it. */
    private static final double KEPT_UP_SHARE = 0.99;

    long expectedPolls() {
        return plugs * (window.toSeconds() / interval.toSeconds());
    }

    /** No device a whole interval late, and all but a few edge polls stored. */
    boolean keptUp() {
        return polls.devicesThatMissedATick() == 0 && polls.readings() >= KEPT_UP_SHARE * expectedPolls();
    }

    double serverCpuPerPollMillis() {
        return cpu.server().toNanos() / 1e6 / polls.readings();
    }

    /** Cores' worth of CPU the server used through the window. */
    double serverCores() {
        return cores(cpu.server());
    }

    /** Cores' worth of CPU the emulated plugs (the benchmark's JVM) used through the window. */
    double emulatorCores() {
        return cores(cpu.benchmark());
    }

    private double cores(Duration used) {
        return (double) used.toNanos() / cpu.elapsed().toNanos();
    }
}
