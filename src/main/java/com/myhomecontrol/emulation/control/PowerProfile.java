package com.myhomecontrol.emulation.control;

import java.time.Instant;

/**
 * What the appliance behind an emulated plug draws at an instant, while the plug is on.
 */
public interface PowerProfile {

    double watts(Instant at);
}
