package app.atelier.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every API error: HTTP status, a stable code, a readable message and, for bad input, the field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field, Object current) {
}
