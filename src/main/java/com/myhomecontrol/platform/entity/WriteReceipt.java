package com.myhomecontrol.platform.entity;

/** The answer to a write: how many readings are now committed. */
public record WriteReceipt(int stored) {
}
