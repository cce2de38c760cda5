/**
 * Backup of the time-series store: a consistent SQLite copy (VACUUM INTO), its manifest of row
 * counts and checksums, the verification of a set against its manifest, and the rotation of sets.
 */
package com.myhomecontrol.maintenance.control;
