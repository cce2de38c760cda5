package com.myhomecontrol.benchmark;

/** One piece of measured work, which may fail as I/O and JDBC do. */
@FunctionalInterface
interface Task<T> {
    void run(T item) throws Exception;
}
