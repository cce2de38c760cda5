package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The role a resource method needs: what web.xml asks of every /api request of its HTTP method
 * (reads viewer, writes operator), raised by the method's or its class's @RolesAllowed.
 */
final class RequiredRole {

    private RequiredRole() {
    }

    static Role of(Method method) {
        Role byHttpMethod = isRead(method) ? Role.VIEWER : Role.OPERATOR;
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return byHttpMethod;
        }
        Role lowestAllowed = Arrays.stream(allowed.value()).map(RequiredRole::named).min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException(method + " allows no role"));
        return lowestAllowed.compareTo(byHttpMethod) > 0 ? lowestAllowed : byHttpMethod;
    }

    static boolean isRead(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class)
                || method.isAnnotationPresent(OPTIONS.class);
    }

    private static Role named(String roleName) {
        return Arrays.stream(Role.values()).filter(role -> role.roleName().equals(roleName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No role " + roleName));
    }
}
