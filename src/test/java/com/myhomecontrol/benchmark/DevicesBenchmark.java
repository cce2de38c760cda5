package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.emulation.control.PlugFirmware;

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
    static final PlugFirmware FIRMWARE = PlugFirmware.KLAP_EMETER;
    /** Then that many plugs of firmware that refuses multipleRequest, to see what batching a poll saves. */
    static final int COMPARED_PLUGS = 2_000;
    static final PlugFirmware ONE_CALL_A_METHOD = PlugFirmware.KLAP_NO_MULTIPLE_REQUEST;
    private static final int TARGET_PLUGS = 500;

    private DevicesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<PollingStep> steps = new ArrayList<>();
        for (int plugs : STEPS) {
            steps.add(measure(settings, plugs, FIRMWARE));
        }
        steps.add(measure(settings, COMPARED_PLUGS, ONE_CALL_A_METHOD));
        DevicesReport report = new DevicesReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), Machine.describe(),
                steps, figures(steps));
        ReportFile.writeSection(settings.report(), "devices", report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.report());
    }

    private static PollingStep measure(BenchmarkSettings settings, int plugs, PlugFirmware firmware) throws Exception {
        PollingStep step = PollingRun.measure(settings, plugs, firmware);
        System.out.println(DevicesReport.row(step));
        return step;
    }

    /**
     * The largest step kept up with, what polling its plugs cost (the first step's cost when none was
     * kept up with), and the CPU a poll costs with and without multipleRequest.
     */
    private static List<Figure> figures(List<PollingStep> steps) {
        List<PollingStep> batched = steps.stream().filter(step -> step.firmware() == FIRMWARE).toList();
        List<PollingStep> keptUp = batched.stream().filter(PollingStep::keptUp).toList();
        PollingStep most = keptUp.isEmpty() ? batched.get(0) : keptUp.get(keptUp.size() - 1);
        String compared = String.format(Locale.ROOT, " at %,d plugs", COMPARED_PLUGS);
        String at = String.format(Locale.ROOT, " at %,d plugs", most.plugs());
        return List.of(
                new Figure("Most plugs polled every 10 s without falling behind (of the steps run)", keptUp.isEmpty() ? 0 : most.plugs(),
                        Unit.PLUGS, Target.atLeast(TARGET_PLUGS)),
                Figure.reported("Server CPU per poll" + at, most.serverCpuPerPollMillis(), Unit.MILLISECONDS),
                Figure.reported("Server CPU" + at, most.serverCores(), Unit.CORES),
                Figure.reported("Server resident memory (VmRSS)" + at, most.memory().residentKb() / 1024.0, Unit.MEGABYTES),
                Figure.reported("Server CPU per poll" + compared + ", one multipleRequest a poll", cpuPerPoll(steps, FIRMWARE),
                        Unit.MILLISECONDS),
                Figure.reported("Server CPU per poll" + compared + ", one call a method (firmware refusing multipleRequest)",
                        cpuPerPoll(steps, ONE_CALL_A_METHOD), Unit.MILLISECONDS));
    }

    private static double cpuPerPoll(List<PollingStep> steps, PlugFirmware firmware) {
        return steps.stream().filter(step -> step.firmware() == firmware && step.plugs() == COMPARED_PLUGS).findFirst()
                .orElseThrow().serverCpuPerPollMillis();
    }
}
