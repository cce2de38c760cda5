package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.TreeMap;

/**
 * The problem answers of the OpenAPI document, shared as components/responses: resources name
 * (with @APIResponse ref) those their operations give besides the ones ApiDocumentFilter adds to
 * every operation.
 */
public final class ApiProblems {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String STORE_UNAVAILABLE = "StoreUnavailable";

    private ApiProblems() {
    }

    private record Answer(String status, String description) {
    }

    private static final Map<String, Answer> ANSWERS = Map.of(
            BAD_REQUEST, new Answer("400", "A parameter or the body is wrong; errors names each field and why."),
            UNAUTHORIZED, new Answer("401", "No credentials, or wrong ones (with WWW-Authenticate: Basic, unless the "
                    + "request carries X-Requested-With)."),
            FORBIDDEN, new Answer("403", "The user lacks the role, or a page session's write lacks its CSRF token."),
            NOT_FOUND, new Answer("404", "Nothing is stored or configured under the id named."),
            CONFLICT, new Answer("409", "The server cannot make this change as it is; nothing was changed."),
            PAYLOAD_TOO_LARGE, new Answer("413", "The body is over HOMECONTROL_MAX_BODY_BYTES, or holds more than "
                    + "HOMECONTROL_MAX_BATCH_ITEMS items."),
            INTERNAL_ERROR, new Answer("500", "An unexpected failure; detail names its incident in the server log."),
            STORE_UNAVAILABLE, new Answer("503", "The store could not confirm the request in time, or PostgreSQL is away "
                    + "and the journal cannot answer for certain; nothing of it is stored. Retry (Retry-After)."));

    /** Each shared answer, an application/problem+json of the Problem schema. */
    static Map<String, APIResponse> components() {
        Map<String, APIResponse> responses = new TreeMap<>();
        ANSWERS.forEach((name, answer) -> responses.put(name, problem(answer.description())));
        return responses;
    }

    /** The status code a shared answer is given under in an operation's responses. */
    static String statusOf(String name) {
        return ANSWERS.get(name).status();
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(Problem.class.getSimpleName()))));
    }
}
