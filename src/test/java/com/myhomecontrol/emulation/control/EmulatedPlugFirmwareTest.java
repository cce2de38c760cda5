package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each KLAP firmware profile answers, alone and inside a multipleRequest. */
class EmulatedPlugFirmwareTest {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("home@example.com", "s3cret");
    private static final String BATCH = """
            {"method":"multipleRequest","params":{"requests":[
              {"method":"get_device_info","params":{}},
              {"method":"get_energy_usage","params":{}},
              {"method":"get_current_power","params":{}},
              {"method":"get_emeter_data","params":{}}]}}""";

    private EmulatedPlug plug;

    /** Per KLAP firmware, the error codes of get_device_info, get_energy_usage and get_emeter_data. */
    static Stream<Arguments> errorCodes() {
        return Stream.of(
                Arguments.of(PlugFirmware.KLAP_EMETER, 0, 0, 0),
                Arguments.of(PlugFirmware.KLAP_NO_EMETER, 0, 0, -40210),
                Arguments.of(PlugFirmware.KLAP_NO_COMPONENT_NEGO, 0, 0, -1002),
                Arguments.of(PlugFirmware.ENERGY_USAGE_ERROR, 0, -1301, -1301));
    }

    @AfterEach
    void stop() {
        plug.close();
    }

    @ParameterizedTest
    @MethodSource("errorCodes")
    void eachMethodAnswersAloneAsTheFirmwareServesIt(PlugFirmware firmware, int deviceInfo, int energyUsage, int emeterData)
            throws IOException {
        KlapTestClient client = klap(firmware);

        assertEquals(deviceInfo, client.call("get_device_info", "{}").getInt("error_code"));
        assertEquals(energyUsage, client.call("get_energy_usage", "{}").getInt("error_code"));
        assertEquals(0, client.call("get_current_power", "{}").getInt("error_code"));
        assertEquals(emeterData, client.call("get_emeter_data", "{}").getInt("error_code"));
    }

    @ParameterizedTest
    @MethodSource("errorCodes")
    void aMultipleRequestAnswersEachCallWithItsOwnErrorCode(PlugFirmware firmware, int deviceInfo, int energyUsage, int emeterData)
            throws IOException {
        JsonObject answer = klap(firmware).call(BATCH);

        assertEquals(0, answer.getInt("error_code"));
        List<JsonObject> responses = answer.getJsonObject("result").getJsonArray("responses").getValuesAs(JsonObject.class);
        assertEquals(List.of("get_device_info", "get_energy_usage", "get_current_power", "get_emeter_data"),
                responses.stream().map(r -> r.getString("method")).toList());
        assertEquals(List.of(deviceInfo, energyUsage, 0, emeterData), responses.stream().map(r -> r.getInt("error_code")).toList());
        responses.forEach(r -> assertEquals(r.getInt("error_code") == 0, r.containsKey("result"), r.toString()));
        assertEquals(1, plug.requests());
        assertEquals(1, plug.calls("multipleRequest"));
        assertEquals(1, plug.calls("get_emeter_data"));
    }

    @Test
    void currentFirmwareListsEnergyMonitoringVersion2() throws IOException {
        JsonObject answer = klap(PlugFirmware.KLAP_EMETER).call("component_nego", "{}");

        Map<String, Integer> components = answer.getJsonObject("result").getJsonArray("component_list").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(c -> c.getString("id"), c -> c.getInt("ver_code")));
        assertEquals(2, components.get("energy_monitoring"));
        assertEquals(2, components.get("device"));
        assertTrue(components.containsKey("firmware"));
    }

    @Test
    void olderKlapFirmwareKnowsNoComponentNego() throws IOException {
        KlapTestClient client = klap(PlugFirmware.KLAP_NO_COMPONENT_NEGO);

        assertEquals(-1002, client.call("component_nego", "{}").getInt("error_code"));
        JsonObject info = client.call("get_device_info", "{}").getJsonObject("result");
        assertEquals("P110", info.getString("model"));
        assertTrue(info.getString("fw_ver").startsWith("1.0."));
        assertEquals(1, plug.calls("component_nego"));
    }

    @Test
    void aPlugWithoutEmeterStillMeasuresPower() throws IOException {
        JsonObject usage = klap(PlugFirmware.KLAP_NO_EMETER).call("get_energy_usage", "{}").getJsonObject("result");

        assertTrue(usage.getJsonNumber("current_power").longValue() > 0, usage.toString());
        assertFalse(usage.containsKey("voltage_mv"));
    }

    private KlapTestClient klap(PlugFirmware firmware) throws IOException {
        plug = EmulatedPlug.start(PlugSettings.klap("aircon", ACCOUNT, PowerProfiles.FRIDGE).withFirmware(firmware), 0);
        return new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password()).handshake();
    }
}
