package com.myhomecontrol.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under /api as the existing dashboards expect. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
