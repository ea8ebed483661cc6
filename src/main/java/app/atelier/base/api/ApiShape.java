package app.atelier.base.api;

/**
 * How a feature shows one of its domain objects inside an API error (the current state a stale write is answered
 * with), so the error handler never writes a stored object as is.
 */
public interface ApiShape {
    /** The API's JSON shape of {@code value}, or {@code null} if it is not one of this feature's objects. */
    Object of(Object value);
}
