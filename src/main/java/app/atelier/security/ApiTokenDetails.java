package app.atelier.security;

/**
 * The details of an API request's Authentication: which personal token authenticated it, so what it opens (an event
 * stream) can be closed when that token is revoked.
 */
public record ApiTokenDetails(String tokenId) {
}
