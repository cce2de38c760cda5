/**
 * The checks that /health/live, /health/started and /health/ready report, and the health API for dashboards.
 */
package com.myhomecontrol.health.boundary;
