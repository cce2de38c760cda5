/**
 * The pages: static HTML, CSS and small JavaScript modules under src/main/webapp that read the
 * REST API, charts drawn by uPlot from its WebJar, and the sign-in that gives a browser its session.
 */
package com.myhomecontrol.web;
