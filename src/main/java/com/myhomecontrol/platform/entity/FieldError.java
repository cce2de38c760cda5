package com.myhomecontrol.platform.entity;

/** One thing wrong with a request: the field (JSON path or query parameter) and why. */
public record FieldError(String field, String message) {
}
