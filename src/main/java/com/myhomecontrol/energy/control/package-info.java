/**
 * Parsing, storing (merge upserts through the single writer) and querying energy readings.
 */
package com.myhomecontrol.energy.control;
