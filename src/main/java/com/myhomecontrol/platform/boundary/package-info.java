/**
 * What the outside world touches across components: the JAX-RS application, JSON-B settings, the mapping of errors to problem details, HTTP Basic authentication.
 */
package com.myhomecontrol.platform.boundary;
