package com.myhomecontrol.web.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInRulesTest {

    @Test
    void theFormLeadsOnToLocalPathsOnly() {
        assertEquals("/energy?range=week", LocalTarget.of("/energy?range=week"));
        for (String elsewhere : new String[]{null, "", "energy", "//evil.example", "/\\evil.example",
                "https://evil.example/", "/energy\r\nSet-Cookie: x", "/a b"}) {
            assertEquals("/", LocalTarget.of(elsewhere), elsewhere);
        }
    }

    @Test
    void aPostIsTakenFromThisHostOrWithoutOrigin() {
        assertTrue(SameOrigin.allows(null, "home:7777"));
        assertTrue(SameOrigin.allows("http://home:7777", "home:7777"));
        assertFalse(SameOrigin.allows("http://evil.example", "home:7777"));
        assertFalse(SameOrigin.allows("null", "home:7777"));
        assertFalse(SameOrigin.allows("http://[bad", "home:7777"));
    }
}
