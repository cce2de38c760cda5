package com.myhomecontrol.devices.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceRegistryTest {

    private static final ConfiguredPlug AIRCON = new ConfiguredPlug("aircon", "192.168.1.20", 80, 60);
    private static final ConfiguredPlug FRIDGE = new ConfiguredPlug("fridge", "192.168.1.21", 80, 30);
    private static final DeviceRegistry HOME = new DeviceRegistry(List.of(AIRCON), new NetatmoSettings(true, 300));

    @Test
    void anAddedPlugComesLast() {
        assertEquals(List.of(AIRCON, FRIDGE), HOME.with(FRIDGE).plugs());
        assertTrue(HOME.with(FRIDGE).namesPlug("fridge"));
        assertFalse(HOME.namesPlug("fridge"));
    }

    @Test
    void removingThePlugKeepsTheRestAndRemovingTheNetatmoAccountDisablesIt() {
        assertEquals(Optional.of(new DeviceRegistry(List.of(), HOME.netatmo())), HOME.without("aircon", "netatmo"));
        assertEquals(Optional.of(new DeviceRegistry(List.of(AIRCON), new NetatmoSettings(false, 300))),
                HOME.without("netatmo", "netatmo"));
    }

    @Test
    void removingWhatIsNotNamedFindsNothing() {
        assertEquals(Optional.empty(), HOME.without("fridge", "netatmo"));
        assertEquals(Optional.empty(), DeviceRegistry.EMPTY.without("netatmo", "netatmo"));
    }
}
