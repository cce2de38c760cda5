/**
 * Devices: the registry of the home's plugs and weather station, and the clients that read them.
 */
package com.myhomecontrol.devices;
