package com.myhomecontrol.devices.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetatmoModuleKindTest {

    @Test
    void extraModulesAreNamedAfterTheirNormalisedName() {
        assertEquals("extra_bedroom_2", NetatmoModuleKind.EXTRA_INDOOR.moduleType(" Bedroom 2 ", "03:00"));
        assertEquals("extra_k_che", NetatmoModuleKind.EXTRA_INDOOR.moduleType("Küche", "03:00"));
        assertEquals("extra_kids-room", NetatmoModuleKind.EXTRA_INDOOR.moduleType("Kids-Room", "03:00"));
        assertEquals("extra_03_00", NetatmoModuleKind.EXTRA_INDOOR.moduleType("", "03:00"));
    }

    @Test
    void otherModulesHaveFixedTypes() {
        assertEquals("indoor", NetatmoModuleKind.MAIN.moduleType("Living room", "70:ee"));
        assertEquals("outdoor", NetatmoModuleKind.OUTDOOR.moduleType("Garden", "02:00"));
        assertEquals("wind", NetatmoModuleKind.WIND.moduleType("Wind", "05:00"));
        assertEquals("rain", NetatmoModuleKind.RAIN_GAUGE.moduleType("Rain", "06:00"));
    }
}
