package com.myhomecontrol.devices.entity;

/**
 * The TP-Link account a plug was set up with; the e-mail is case-sensitive.
 */
public record TapoCredentials(String username, String password) {

    @Override
    public String toString() {
        return "TapoCredentials[username=" + username + "]";
    }
}
