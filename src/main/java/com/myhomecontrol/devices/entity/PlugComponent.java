package com.myhomecontrol.devices.entity;

/** One component a plug listed in component_nego, at the version its firmware implements (ver_code). */
public record PlugComponent(String id, int verCode) {
}
