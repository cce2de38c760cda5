/**
 * Backup and restore of the stores: a consistent SQLite copy (VACUUM INTO), a COPY export of the
 * media tables, copies of the journal and the secret files, the manifest of counts and checksums,
 * the verification of a set, the rotation of sets, and the restore of each part. Retention: the
 * batches of old rows, planned in order, deleted in short paced transactions or counted in a dry
 * run. Migration of both schemas under the migration lock. The rollup's plan and chunks. Reconcile of the media files
 * with the media rows: the rows page by page, the walk of the media roots, the orphan logs, the
 * settlement and its report. The jobs'
 * catalog, schedules, runs and progress, and where a job finds settings and stores.
 */
package com.myhomecontrol.maintenance.control;
