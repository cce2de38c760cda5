/**
 * What a backup is made of: the set's folder and files, its parts and how each went in, its
 * manifest, the parameters of a backup and of a restore, and the failure that names why a run or
 * a set is not good. What a retention run works on: its parameters, the tables and media it
 * deletes from, its batches, cursor and tally. What a reconcile run
 * works with: its parameters, the files it walks, its checkpoints and its outcome. The jobs as the
 * jobs API shows them.
 */
package com.myhomecontrol.maintenance.entity;
