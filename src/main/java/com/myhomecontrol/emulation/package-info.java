/**
 * Emulation: the devices' protocols, spoken on loopback by emulated plugs and an emulated Netatmo
 * API, for the tests and for a home without hardware.
 */
package com.myhomecontrol.emulation;
