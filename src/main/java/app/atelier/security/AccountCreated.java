package app.atelier.security;

/**
 * A Spring application event, published in the creating thread: a new account exists (sign-up, first single
 * sign-on, the configured administrator). The workspaces hear it to seat the newcomer.
 */
public record AccountCreated(String accountId, String email, String displayName, boolean admin) {
}
