package com.myhomecontrol.devices.control;

import java.util.List;
import java.util.Set;

/** The poll timers, as a change of the devices sees them. */
public interface PollSchedule {

    /**
     * In one transaction: ends the timers of the devices {@code stopped} and starts one for each
     * device {@code started}, then runs {@code beforeCommit}, whose failure undoes the timers' change.
     */
    void reschedule(Set<String> stopped, List<PolledDevice> started, Runnable beforeCommit);
}
