/**
 * Emulated devices that speak the real protocols, for the tests and for a home without hardware.
 */
package com.myhomecontrol.emulation;
