package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The device polling benchmark: how many Tapo plugs polled every 10 s one server keeps up with,
 * in steps of more plugs, and the server's CPU per poll. Writes its
 * section of docs/benchmarks.md.
 */
public final class DevicesBenchmark {

    static final String COMMAND = "mvn -Pbenchmark -DskipTests package exec:java -Dbenchmark=devices";

    static final List<Integer> STEPS = List.of(500, 1_000, 2_000, 3_000);
    private static final int TARGET_PLUGS = 500;

    private DevicesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<PollingStep> steps = new ArrayList<>();
        for (int plugs : STEPS) {
            PollingStep step = PollingRun.measure(settings, plugs);
            steps.add(step);
            System.out.println(DevicesReport.row(step));
        }
        DevicesReport report = new DevicesReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), Machine.describe(),
                steps, figures(steps));
        ReportFile.writeSection(settings.report(), "devices", report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.report());
    }

    /** The largest step kept up with, and what polling its plugs cost (the first step's cost when none was kept up with). */
    private static List<Figure> figures(List<PollingStep> steps) {
        List<PollingStep> keptUp = steps.stream().filter(PollingStep::keptUp).toList();
        PollingStep most = keptUp.isEmpty() ? steps.get(0) : keptUp.get(keptUp.size() - 1);
        String at = String.format(Locale.ROOT, " at %,d plugs", most.plugs());
        return List.of(
                new Figure("Most plugs polled every 10 s without falling behind (of the steps run)", keptUp.isEmpty() ? 0 : most.plugs(),
                        Unit.PLUGS, Target.atLeast(TARGET_PLUGS)),
                Figure.reported("Server CPU per poll" + at, most.serverCpuPerPollMillis(), Unit.MILLISECONDS),
                Figure.reported("Server CPU" + at, most.serverCores(), Unit.CORES),
                Figure.reported("Server resident memory (VmRSS)" + at, most.memory().residentKb() / 1024.0, Unit.MEGABYTES));
    }
}
