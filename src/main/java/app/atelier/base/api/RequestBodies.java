package app.atelier.base.api;

import app.atelier.base.InvalidInputException;

/** A request whose body is required but came as JSON {@code null} (or empty) gets the API's 400, not a 500. */
public final class RequestBodies {
    private RequestBodies() {
    }

    public static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "error.json.malformed");
        }
    }
}
