package com.myhomecontrol.web.control;

import java.net.URI;

/**
 * Whether a form post comes from a page of this platform: a browser names the page's origin in
 * {@code Origin}; a post from another site's page (a forged sign-in) names that site.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True without an {@code Origin} header (not a browser's cross-site post) or with one naming {@code host}. */
    public static boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
