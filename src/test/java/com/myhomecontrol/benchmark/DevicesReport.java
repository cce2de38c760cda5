package com.myhomecontrol.benchmark;

import com.myhomecontrol.emulation.control.PowerProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The devices benchmark's section of docs/benchmarks.md: the steps, the figures against the target, and how it is measured. */
record DevicesReport(Instant measuredAt, Duration runTime, Machine machine, List<PollingStep> steps, List<Figure> figures) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "Device polling benchmark", measuredAt, DevicesBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min.%n%n", runTime.toSeconds() / 60.0));
        ReportSections.machine(md, machine, List.of("The emulated plugs run in the benchmark's JVM on the same machine "
                + "as the server: they share its processors, and their CPU is measured apart from the server's"));
        ReportSections.figures(md, figures);
        appendSteps(md);
        appendMethod(md);
        return md.toString();
    }

    /** One line of the steps table, also printed as each step ends. */
    static String row(PollingStep step) {
        return String.format(Locale.ROOT, "| %,d | %s | %,d / %,d | %,d | %d s | %.2f ms | %.2f | %.2f | %.0f %% | %,d MB | %,d | %s |",
                step.plugs(), step.firmware(), step.polls().readings(), step.expectedPolls(), step.polls().devicesThatMissedATick(),
                step.polls().longestGapSeconds(), step.serverCpuPerPollMillis(), step.serverCores(), step.emulatorCores(),
                100 * step.cpu().machineBusyShare(), step.memory().residentKb() / 1024, step.serverThreads(),
                step.keptUp() ? "yes" : "no");
    }

    private void appendSteps(StringBuilder md) {
        md.append("## Steps\n\n")
                .append("| Plugs | Firmware | Polls stored / expected | Devices that missed a tick | Longest gap | Server CPU per poll "
                        + "| Server CPU (cores) | Emulated plugs' CPU (cores) | Machine busy | Server RSS | Server threads | Kept up |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
                .append(steps.stream().map(DevicesReport::row).collect(Collectors.joining("\n")))
                .append("\n\n");
        if (steps.stream().filter(step -> step.firmware() == DevicesBenchmark.FIRMWARE).allMatch(PollingStep::keptUp)) {
            md.append("Every step was kept up with: the server's limit on this machine lies above the last step.\n\n");
        }
    }

    private void appendMethod(StringBuilder md) {
        md.append("## How it is measured\n\n")
                .append(String.format(Locale.ROOT, "- Each step starts that many emulated Tapo P115 plugs (`EmulatedPlug`) of the firmware "
                        + "named (`PlugFirmware`: %s, KLAP with emeter, taking one multipleRequest a poll; the last step %s, "
                        + "the same firmware refusing multipleRequest, so that each method is a round trip of its own) in the benchmark's JVM, each a JDK HttpServer on its own loopback port, all set up with one "
                        + "account made up for the run, their appliances taking turns among %s. A devices file names them all "
                        + "at `poll_seconds` %d.%n", DevicesBenchmark.FIRMWARE, DevicesBenchmark.ONE_CALL_A_METHOD, List.of(PowerProfiles.values()),
                        PollingRun.INTERVAL.toSeconds()))
                .append("- The server is the war of this build on Open Liberty from its own user folder under `target/benchmark`, "
                        + "on 127.0.0.1 and its own ports, with `DEVICES_FILE`, `TAPO_USERNAME` and `TAPO_PASSWORD` set and a "
                        + "fresh time-series database (SQLite): it polls as in production, an interval timer per plug "
                        + "(`DevicePollTimers`) handing each poll (`get_energy_usage`, `get_device_info`, `get_current_power`, "
                        + "`get_emeter_data`, in one `multipleRequest` or one at a time; `component_nego` once a session) to the "
                        + "managed executor, each reading committed through the group-commit writer.\n")
                .append(String.format(Locale.ROOT, "- After the server is ready, %d s of warm-up, then a window of %d s (%d ticks of each "
                        + "plug) starting on a whole second. Polls stored are the readings in the database stamped within the window "
                        + "(a reading is stamped with the second its poll began), read after the server stopped; expected is plugs "
                        + "times ticks. A device missed a tick when the gap between its readings (or between the window's start or "
                        + "end and its first or last reading) is two intervals or more: a poll began a whole interval late, when "
                        + "the next was due. Shorter gaps are lateness that does not add up: the plugs' first polls are spread "
                        + "over the interval, but a poll that waits for an executor thread starts late while the next one "
                        + "starts on time (the longest gap shows it). A step is kept up with when "
                        + "no device missed a tick and at least 99 %% of the expected polls were stored (polls near the window's "
                        + "edges may fall on either side of it).%n", PollingRun.WARM_UP.toSeconds(), PollingRun.WINDOW.toSeconds(),
                        PollingRun.WINDOW.toSeconds() / PollingRun.INTERVAL.toSeconds()))
                .append("- CPU: the server's JVM and the benchmark's JVM (the emulated plugs) each measured apart, their user and "
                        + "system time from /proc over the window (`ProcessHandle`), in cores (CPU seconds per second); server "
                        + "CPU per poll is the server's CPU time over the polls stored. Machine busy is the share of all "
                        + "processors' time not idle in /proc/stat over the window, whatever ran. Server RSS (VmRSS) and threads "
                        + "are read from /proc at the window's end.\n")
                .append(String.format(Locale.ROOT, "- Every step (%s plugs) runs, each with a new server on new plugs, even after "
                        + "one fell behind: a step disturbed by other work on the machine must not hide the next. They end at "
                        + "%,d, as each emulated plug holds a listening socket, a connection and a selector of its own in the "
                        + "benchmark's JVM, whose open files are limited (`ulimit -n`). Then %,d plugs of %s, whose CPU per poll "
                        + "beside the step of as many %s plugs is what one multipleRequest a poll saves over a round trip a method.%n",
                        DevicesBenchmark.STEPS.stream().map(plugs -> String.format(Locale.ROOT, "%,d", plugs)).collect(Collectors.joining(", ")),
                        DevicesBenchmark.STEPS.get(DevicesBenchmark.STEPS.size() - 1), DevicesBenchmark.COMPARED_PLUGS,
                        DevicesBenchmark.ONE_CALL_A_METHOD, DevicesBenchmark.FIRMWARE));
    }
}
