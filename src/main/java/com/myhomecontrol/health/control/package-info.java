/**
 * Probes that the health checks ask, the figures of the health API, the rules that judge them, and their history.
 */
package com.myhomecontrol.health.control;
