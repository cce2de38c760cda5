package com.myhomecontrol.maintenance.entity;

/** A file of the walk, and whether a media row names it. */
public record WalkedFile(MediaFile file, boolean named) {
}
