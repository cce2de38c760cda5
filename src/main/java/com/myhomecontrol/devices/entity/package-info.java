/**
 * The devices of the home, their settings, and what the clients return: readings, device and
 * module status.
 */
package com.myhomecontrol.devices.entity;
