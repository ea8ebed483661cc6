package app.atelier.access;

/** Access to {@code boardId} changed for {@code memberId}, or for anyone (null: e.g. a revoked link). */
public record AccessChanged(String boardId, String memberId) {
}
