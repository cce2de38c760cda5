/**
 * The batch artifacts of the maintenance jobs (job XML in the top-level batch-jobs folder): the
 * steps of {@code backup}, {@code restore}, {@code migrate}, {@code reconcile}, {@code retention} and {@code rollup}, each a
 * Batchlet, or the reader and writer of a chunk step, that reads its job parameters and hands the
 * work to control; the schedules' timers, the jobs API, and the offline command, which runs a job
 * in plain Java SE.
 */
package com.myhomecontrol.maintenance.boundary;
