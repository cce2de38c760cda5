package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.entity.InvalidInputException;

/**
 * The devices file, or a body in its format, cannot be used. The message names the source and
 * the line, and the field by its JSON path ({@code tapo_plugs[1].poll_seconds}), so that an API
 * answer (400, with the field) and a refused start say the same.
 */
public class DevicesFileException extends InvalidInputException {

    private final String description;

    /** {@code field} is the JSON path, empty for the whole document, which the answer names by {@code source}. */
    public DevicesFileException(String source, long line, String field, String reason) {
        super(field.isEmpty() ? source : field, reason + " (line " + line + ")");
        this.description = source + " line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason;
    }

    public DevicesFileException(String source, String reason, Throwable cause) {
        super(source, reason);
        initCause(cause);
        this.description = source + ": " + reason;
    }

    @Override
    public String getMessage() {
        return description;
    }
}
