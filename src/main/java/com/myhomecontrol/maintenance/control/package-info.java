/**
 * Backup of the time-series store: a consistent SQLite copy (VACUUM INTO), its manifest of row
 * counts and checksums, the verification of a set against its manifest, and the rotation of sets.
 * Reconcile of the media files with the media rows: the rows page by page, the walk of the media
 * roots, the orphan logs, the settlement and its report.
 */
package com.myhomecontrol.maintenance.control;
