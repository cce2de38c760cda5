package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.CallerSession;
import com.myhomecontrol.platform.entity.Role;
import com.myhomecontrol.platform.entity.SignInSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Comparator;

/** The caller as the pages need to know it: what to show, and the token their writes carry. */
@Path("session")
@Tag(name = "Session", description = "Who the caller is")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Who the caller is", description = "The user, the highest role held, whether it is a page "
            + "session, and that session's CSRF token (null for HTTP Basic and anonymous callers).")
    public CallerSession current() {
        String role = Arrays.stream(Role.values())
                .filter(candidate -> request.isUserInRole(candidate.roleName()))
                .max(Comparator.naturalOrder())
                .map(Role::roleName)
                .orElse(null);
        SignInSession session = (SignInSession) request.getAttribute(HomeAuthentication.SESSION_ATTRIBUTE);
        return new CallerSession(request.getRemoteUser(), role, session != null, session == null ? null : session.csrfToken());
    }
}
