package com.myhomecontrol.platform.entity;

import java.util.Set;

/** The roles of the platform; each one includes the ones below it. */
public enum Role {
    VIEWER("viewer"),
    OPERATOR("operator"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** The group names a user of this role is given: this role and every role below it. */
    public Set<String> groups() {
        return switch (this) {
            case VIEWER -> Set.of(VIEWER.roleName);
            case OPERATOR -> Set.of(VIEWER.roleName, OPERATOR.roleName);
            case ADMIN -> Set.of(VIEWER.roleName, OPERATOR.roleName, ADMIN.roleName);
        };
    }
}
