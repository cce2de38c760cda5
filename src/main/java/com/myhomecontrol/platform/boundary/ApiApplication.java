package com.myhomecontrol.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, under /api as the existing dashboards expect, and the frame of its OpenAPI
 * document (/openapi) and the ways to authenticate. ApiDocumentFilter adds the shared problem
 * answers (ApiProblems) and, to each operation, the role it needs and the problems every one may give.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        // The version comes from the build (mp.openapi.extensions.smallrye.info.version).
        info = @Info(title = "MyHomeControl", version = "see the build", description = ApiApplication.DESCRIPTION),
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiDocumentFilter.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "A user of the platform (viewer, operator or admin) and its password."),
                        @SecurityScheme(securitySchemeName = ApiDocumentFilter.SESSION, type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.COOKIE, apiKeyName = SignInCookie.NAME,
                                description = "The cookie of a page session, from POST /sign-in."),
                        @SecurityScheme(securitySchemeName = ApiDocumentFilter.CSRF, type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.HEADER, apiKeyName = HomeAuthentication.CSRF_HEADER,
                                description = "The csrf_token of GET /api/session, which a page session's writes carry.")}))
public class ApiApplication extends Application {

    static final String DESCRIPTION = "Energy readings of smart plugs, weather readings of Netatmo stations, the "
            + "metadata of camera recordings and snapshots with their AI analyses, the devices polled and the "
            + "maintenance jobs. JSON with snake_case names; every error is application/problem+json (RFC 9457). "
            + "Authenticate with HTTP Basic, or with a page session's cookie (whose writes also carry X-CSRF-Token); "
            + "each operation names the role it needs, and admin holds operator, operator holds viewer. With "
            + "HOMECONTROL_ANONYMOUS_READ=true, reads need no credentials. docs/api.md describes every field and rule.";
}
