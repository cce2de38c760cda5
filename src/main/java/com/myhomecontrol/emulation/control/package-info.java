/**
 * The emulators: HTTP servers on loopback that answer as the real devices and cloud do.
 */
package com.myhomecontrol.emulation.control;
