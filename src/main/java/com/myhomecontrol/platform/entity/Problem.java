package com.myhomecontrol.platform.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@Schema(description = "An RFC 9457 problem detail, the body of every error answer (application/problem+json).",
        requiredProperties = {"type", "title", "status", "detail", "errors"})
public record Problem(
        @Schema(description = "about:blank: the status and title say what went wrong.", format = "uri-reference") String type,
        @Schema(description = "The kind of problem, e.g. Invalid input, Not found, Unauthorized.") String title,
        @Schema(description = "The HTTP status code of the answer.") int status,
        @Schema(description = "What went wrong, for a person; for invalid input the first field error (and how many more).") String detail,
        @Schema(description = "Each wrong field and why, at most 100; empty for problems that are not about a field.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
