package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.DevicesConfiguration;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Follows the devices file every few seconds (see {@link DevicesConfiguration#followFile()}): the
 * servers sharing one file then poll the devices a change through any of them made, and a file
 * edited by hand is used without a reload.
 */
@Singleton
public class DevicesFileTimer {

    @Inject
    DevicesConfiguration configuration;

    /** Without a transaction, as a change through the API: the timers' change commits on its own. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void followFile() {
        configuration.followFile();
    }
}
