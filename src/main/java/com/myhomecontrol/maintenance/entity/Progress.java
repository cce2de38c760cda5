package com.myhomecontrol.maintenance.entity;

/** How far a running job is: items done of items planned (planned 0 while it is still counting). */
public record Progress(String step, long done, long planned) {
}
