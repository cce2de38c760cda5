/**
 * The device registry and the clients of the devices' protocols: they talk to a device or its
 * cloud and return readings.
 */
package com.myhomecontrol.devices.control;
