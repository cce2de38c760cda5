/**
 * What a backup is made of: the set's folder and files, its manifest, the parameters of a run, and
 * the failure that names why a run or a set is not good. What a retention run works on: its
 * parameters, the tables and media it deletes from, its batches, cursor and tally.
 */
package com.myhomecontrol.maintenance.entity;
