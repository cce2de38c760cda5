/**
 * Backup and restore of the stores: a consistent SQLite copy (VACUUM INTO), a COPY export of the
 * media tables, copies of the journal and the secret files, the manifest of counts and checksums,
 * the verification of a set, the rotation of sets, and the restore of each part.
 */
package com.myhomecontrol.maintenance.control;
