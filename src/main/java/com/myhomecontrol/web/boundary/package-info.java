/** The servlets of the pages: the short page paths, sign-in, sign-out, and the headers every answer carries. */
package com.myhomecontrol.web.boundary;
