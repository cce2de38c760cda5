package com.myhomecontrol.platform.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with a request: the field (JSON path or query parameter) and why. */
@Schema(description = "One thing wrong with a request.", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "The field: a JSON path with array indexes ([3].power_w, tapo_plugs[1].host), a query "
                + "parameter, body or path.") String field,
        @Schema(description = "Why it is wrong.") String message) {
}
