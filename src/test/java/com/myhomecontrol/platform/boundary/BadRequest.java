package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;

/**
 * One case of the bad-request corpus: the request, what must answer it, and the listing that
 * shows whether anything was stored ({@code field} null when the answer names none, as a 413).
 */
record BadRequest(String name, String method, String path, byte[] body, Api.User user, int status, String field, String stored) {

    @Override
    public String toString() {
        return name;
    }
}
