/**
 * The batch artifacts of the maintenance jobs (job XML in the top-level batch-jobs folder): the
 * steps of {@code backup}, each a Batchlet that reads its job parameters and hands the work to control;
 * the steps of {@code reconcile}: Batchlets, and the readers, processors and writer of its chunk steps.
 */
package com.myhomecontrol.maintenance.boundary;
