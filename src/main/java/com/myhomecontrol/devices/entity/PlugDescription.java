package com.myhomecontrol.devices.entity;

import java.util.List;

/**
 * What a plug said of itself: model and versions from get_device_info (nickname decoded), the
 * components of component_nego (null when the firmware does not know it), and the fields its
 * last stored reading measured.
 */
public record PlugDescription(String model, String hardwareVersion, String firmwareVersion, String nickname, String mac,
                              List<PlugComponent> components, List<String> measures) {

    /** Nothing known yet, or not a plug. */
    public static final PlugDescription UNKNOWN = new PlugDescription(null, null, null, null, null, null, null);
}
