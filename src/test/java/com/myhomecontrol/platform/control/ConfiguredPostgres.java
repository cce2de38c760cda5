package com.myhomecontrol.platform.control;

/** For the unit tests of what asks PostgreSQL only when one is configured: one is. */
public final class ConfiguredPostgres {

    private ConfiguredPostgres() {
    }

    public static PostgresDatabase configured() {
        return new PostgresDatabase() {
            @Override
            public boolean configured() {
                return true;
            }
        };
    }
}
