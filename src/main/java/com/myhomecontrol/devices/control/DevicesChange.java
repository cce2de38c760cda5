package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceRegistry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What polls {@code registry} once it is in effect, and the difference to what polls now: the
 * devices whose timers start (new, or with changed settings) and the ids whose timers stop.
 */
public record DevicesChange(DeviceRegistry registry, List<PolledPlug> plugs, Optional<PolledNetatmo> netatmo,
                            List<PolledDevice> started, Set<String> stopped) {
}
