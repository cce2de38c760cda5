package com.myhomecontrol.devices.control;

/**
 * Which of the servers of one database polls a device at a scheduled poll: every server's timer
 * asks, one gets the claim each interval.
 */
public interface PollClaims {

    /** One server, every poll its own. */
    PollClaims NONE = (device, first) -> true;

    /**
     * Whether this server polls the device now: no server began a poll of it within most of its
     * interval, or this is the {@code first} poll of the device since this server began polling it
     * (a start or a change of the device polls at once, as without other servers, and the others
     * then skip theirs). Asked on the poll's thread before the device is asked; must not throw.
     */
    boolean claim(PolledDevice device, boolean first);
}
