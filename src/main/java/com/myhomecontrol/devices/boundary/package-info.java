/**
 * The devices over REST, and the timers that poll them.
 */
package com.myhomecontrol.devices.boundary;
