/**
 * Backup of the time-series store: a consistent SQLite copy (VACUUM INTO), its manifest of row
 * counts and checksums, the verification of a set against its manifest, and the rotation of sets.
 * Retention: the batches of old rows, planned in order, deleted in short paced transactions or
 * counted in a dry run. Migration of both schemas under the migration lock.
 */
package com.myhomecontrol.maintenance.control;
