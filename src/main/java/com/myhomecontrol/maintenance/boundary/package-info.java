/**
 * The batch artifacts of the maintenance jobs (job XML in the top-level batch-jobs folder): the
 * steps of {@code backup}, each a Batchlet that reads its job parameters and hands the work to control.
 */
package com.myhomecontrol.maintenance.boundary;
