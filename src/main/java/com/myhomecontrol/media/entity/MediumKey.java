package com.myhomecontrol.media.entity;

/** Names one recording or snapshot. */
public record MediumKey(MediaKind kind, String id) {
}
