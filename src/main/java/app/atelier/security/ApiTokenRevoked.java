package app.atelier.security;

/**
 * A Spring application event: this node revoked the token, so whatever it keeps open (event streams) closes at
 * once. Other nodes learn of it from the store (see the event sockets' credential check).
 */
public record ApiTokenRevoked(String tokenId, String accountId) {
}
