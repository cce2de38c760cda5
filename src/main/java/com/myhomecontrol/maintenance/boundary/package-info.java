/**
 * The batch artifacts of the maintenance jobs (job XML in the top-level batch-jobs folder): the
 * steps of {@code backup} and {@code restore}, each a Batchlet that reads its job parameters and
 * hands the work to control; and the offline command, which runs a job in plain Java SE.
 */
package com.myhomecontrol.maintenance.boundary;
