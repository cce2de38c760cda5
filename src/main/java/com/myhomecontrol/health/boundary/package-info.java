/**
 * The liveness and readiness checks that /health/live and /health/ready report.
 */
package com.myhomecontrol.health.boundary;
