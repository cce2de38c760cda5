package com.myhomecontrol.benchmark;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.it.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * One step of the devices benchmark: so many emulated plugs, a devices file naming them, the
 * server polling them from a fresh database, a warm-up, then a measured window of whole seconds.
 */
final class PollingRun {

    static final Duration INTERVAL = Duration.ofSeconds(10);
    static final Duration WARM_UP = Duration.ofSeconds(20);
    static final Duration WINDOW = Duration.ofSeconds(60);

    private PollingRun() {
    }

    static PollingStep measure(BenchmarkSettings settings, int plugs, PlugFirmware firmware) throws Exception {
        Path directory = settings.directory().resolve("devices");
        Path database = directory.resolve("timeseries.db");
        Path dataDirectory = directory.resolve("data");
        Path devicesFile = directory.resolve("devices.json");
        SqliteDatabases.delete(database);
        Folders.deleteTree(dataDirectory);
        Files.createDirectories(directory);
        TapoCredentials account = new TapoCredentials("benchmark@home.invalid", HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
        try (EmulatedPlugs emulated = EmulatedPlugs.start(plugs, account, firmware)) {
            emulated.writeDevicesFile(devicesFile, (int) INTERVAL.toSeconds());
            Map<String, String> environment = Map.of(
                    "DEVICES_FILE", devicesFile.toAbsolutePath().toString(),
                    "TAPO_USERNAME", account.username(),
                    "TAPO_PASSWORD", account.password());
            long fromSecond;
            CpuSample.Use cpu;
            BenchmarkServer.Memory memory;
            int threads;
            try (BenchmarkServer server = new BenchmarkServer(settings, database, dataDirectory, environment)) {
                server.start();
                Thread.sleep(WARM_UP.toMillis());
                fromSecond = sleepToNextSecond();
                CpuSample before = CpuSample.take(server.pid());
                Thread.sleep(WINDOW.toMillis());
                cpu = CpuSample.take(server.pid()).since(before);
                memory = server.memory();
                threads = server.threads();
            }
            StoredPolls polls = StoredPolls.read(database, emulated.deviceIds(), fromSecond, fromSecond + WINDOW.toSeconds(),
                    (int) INTERVAL.toSeconds());
            return new PollingStep(plugs, firmware, INTERVAL, WINDOW, polls, cpu, memory, threads);
        }
    }

    /** Sleeps until a whole second of the clock begins and returns it, in epoch seconds. */
    private static long sleepToNextSecond() throws InterruptedException {
        long now = System.currentTimeMillis();
        Thread.sleep(1000 - now % 1000);
        return now / 1000 + 1;
    }
}
