/** The rules of the sign-in form: where it may lead on to, and which posts it takes. */
package com.myhomecontrol.web.control;
