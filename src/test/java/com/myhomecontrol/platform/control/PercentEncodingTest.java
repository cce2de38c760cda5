package com.myhomecontrol.platform.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentEncodingTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "aircon", "a+b", "%27%3B%20DROP", "caf%C3%A9", "%F0%9F%98%80", "%e2%82%ac", "100%25"})
    void utf8IsAccepted(String raw) {
        assertTrue(PercentEncoding.isUtf8(raw));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%FF", "a%C3", "%C3%28", "%C0%AF", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%E2%82",
            "%", "%4", "%G1", "x%zz"})
    void anythingElseIsRefused(String raw) {
        assertFalse(PercentEncoding.isUtf8(raw));
    }
}
