/**
 * The batch artifacts of the maintenance jobs (job XML in the top-level batch-jobs folder): the
 * steps of {@code backup}, {@code migrate} and {@code retention}, each a Batchlet, or the reader and
 * writer of a chunk step, that reads its job parameters and hands the work to control.
 */
package com.myhomecontrol.maintenance.boundary;
