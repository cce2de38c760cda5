/**
 * Probes that the health checks ask.
 */
package com.myhomecontrol.health.control;
