/**
 * The Tapo P115 client on the JDK alone: the KLAP and securePassthrough transports, their
 * cryptography, the plug's methods and the mapping of its units to a reading.
 */
package com.myhomecontrol.devices.control;
