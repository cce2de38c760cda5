package com.myhomecontrol.emulation.control;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static com.myhomecontrol.emulation.control.PlugErrorCodes.DEVICE_ERROR;
import static com.myhomecontrol.emulation.control.PlugErrorCodes.FUNCTION_NOT_SUPPORTED;
import static com.myhomecontrol.emulation.control.PlugErrorCodes.JSON_DECODE_FAILED;
import static com.myhomecontrol.emulation.control.PlugErrorCodes.UNKNOWN_METHOD;

/**
 * The firmware an emulated plug runs: its protocol, what get_device_info says it is, the version
 * of energy_monitoring that component_nego lists, and the methods it refuses with their error
 * codes (alone or inside a multipleRequest).
 */
public enum PlugFirmware {

    /** Current P115 firmware: KLAP, emeter, component_nego and multipleRequest. */
    KLAP_EMETER(false, "P115", "1.3.2 Build 240429 Rel.170301", 2, true, Map.of()),
    /** As KLAP_EMETER, but refusing multipleRequest (-1003): every method is a round trip of its own. */
    KLAP_NO_MULTIPLE_REQUEST(false, "P115", "1.2.1 Build 230804 Rel.172306", 2, true, Map.of(
            "multipleRequest", JSON_DECODE_FAILED)),
    /** As KLAP_EMETER, but its get_energy_data answers -40210: no hourly history to backfill from. */
    KLAP_NO_ENERGY_DATA(false, "P115", "1.3.0 Build 231020 Rel.113204", 2, true, Map.of(
            "get_energy_data", FUNCTION_NOT_SUPPORTED)),
    /** KLAP firmware whose get_emeter_data answers -40210. */
    KLAP_NO_EMETER(false, "P115", "1.1.3 Build 230214 Rel.155025", 2, true, Map.of(
            "get_emeter_data", FUNCTION_NOT_SUPPORTED)),
    /** Older KLAP firmware that knows neither component_nego nor get_emeter_data (-1002). */
    KLAP_NO_COMPONENT_NEGO(false, "P110", "1.0.16 Build 221103 Rel.163101", 0, true, Map.of(
            "component_nego", UNKNOWN_METHOD,
            "get_emeter_data", UNKNOWN_METHOD)),
    /**
     * Old securePassthrough firmware (sessions of 1440 s): energy_monitoring version 1, no
     * multipleRequest (-1003), no get_emeter_data nor get_current_power (-1002), no overheat_status.
     */
    PASSTHROUGH_OLD(true, "P110", "1.0.7 Build 210629 Rel.174901", 1, false, Map.of(
            "multipleRequest", JSON_DECODE_FAILED,
            "get_emeter_data", UNKNOWN_METHOD,
            "get_current_power", UNKNOWN_METHOD)),
    /** As KLAP_EMETER, but its meter fails: get_energy_usage and get_emeter_data answer -1301. */
    ENERGY_USAGE_ERROR(false, "P115", "1.3.2 Build 240429 Rel.170301", 2, true, Map.of(
            "get_energy_usage", DEVICE_ERROR,
            "get_emeter_data", DEVICE_ERROR));

    private static final Duration KLAP_SESSION = Duration.ofSeconds(86400);
    private static final Duration PASSTHROUGH_SESSION = Duration.ofSeconds(1440);

    private final boolean securePassthrough;
    private final String model;
    private final String version;
    private final int energyMonitoringVersion;
    private final boolean reportsOverheat;
    private final Map<String, Integer> refusals;

    PlugFirmware(boolean securePassthrough, String model, String version, int energyMonitoringVersion, boolean reportsOverheat,
                 Map<String, Integer> refusals) {
        this.securePassthrough = securePassthrough;
        this.model = model;
        this.version = version;
        this.energyMonitoringVersion = energyMonitoringVersion;
        this.reportsOverheat = reportsOverheat;
        this.refusals = refusals;
    }

    boolean securePassthrough() {
        return securePassthrough;
    }

    Duration sessionTimeout() {
        return securePassthrough ? PASSTHROUGH_SESSION : KLAP_SESSION;
    }

    String model() {
        return model;
    }

    String version() {
        return version;
    }

    int energyMonitoringVersion() {
        return energyMonitoringVersion;
    }

    boolean reportsOverheat() {
        return reportsOverheat;
    }

    /** The error code this firmware answers {@code method} with, if it does not serve it. */
    Optional<Integer> refusal(String method) {
        return Optional.ofNullable(refusals.get(method));
    }
}
