/**
 * An emulated Tapo P115 plug: an HTTP server on loopback speaking KLAP or securePassthrough,
 * checking credentials and sessions as a plug does, with energy counters integrated from a
 * power profile.
 */
package com.myhomecontrol.emulation.control;
