/**
 * The REST face of media: recordings, snapshots, their AI analyses and the storage statistics.
 */
package com.myhomecontrol.media.boundary;
