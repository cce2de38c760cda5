package com.myhomecontrol.devices.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One module of a weather station, as the API shows it: offline when out of reach. */
@JsonbPropertyOrder({"moduleType", "online"})
public record ModuleState(String moduleType, boolean online) {
}
