package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.entity.EnergyReading;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Readings as the body of POST /api/energy/readings. */
final class ReadingsJson {

    private ReadingsJson() {
    }

    static byte[] body(List<EnergyReading> readings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(readings.size() * 200);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            for (EnergyReading r : readings) {
                json.writeStartObject()
                        .write("device_id", r.getDeviceId())
                        .write("timestamp", r.getTimestamp())
                        .write("power_w", r.getPowerW())
                        .write("voltage_v", r.getVoltageV())
                        .write("current_a", r.getCurrentA())
                        .write("daily_energy_kwh", r.getDailyEnergyKwh())
                        .write("monthly_energy_kwh", r.getMonthlyEnergyKwh())
                        .write("power_state", r.getPowerState())
                        .writeEnd();
            }
            json.writeEnd();
        }
        return out.toByteArray();
    }
}
