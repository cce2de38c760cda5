package com.myhomecontrol.emulation.control;

/** A plug's protocol over HTTP: what it answers to each request, whichever server carries it. */
interface PlugEndpoint {

    PlugResponse answer(PlugRequest request);
}
