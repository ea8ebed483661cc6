package app.atelier.crowd;

/**
 * A phone in a board's crowd: no account, an optional pseudonym (the one it gave on this connection). It proves who
 * it is with the secret it keeps ({@link PhoneTokens}), so a reload or a new connection is the same phone with the
 * same ideas. Nothing is stored per phone: its ideas, ballots and reactions carry its id.
 */
public record CrowdPhone(String id, String boardId, String name) {
    /** The id its cards carry as their author's: never the id of an account or a guest. */
    public String authorId() {
        return "crowd:" + id;
    }
}
