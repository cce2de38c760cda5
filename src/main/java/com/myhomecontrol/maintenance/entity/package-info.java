/**
 * What a backup is made of: the set's folder and files, its manifest, the parameters of a run, and
 * the failure that names why a run or a set is not good. What a reconcile run works with: its
 * parameters, the files it walks, its checkpoints and its outcome.
 */
package com.myhomecontrol.maintenance.entity;
