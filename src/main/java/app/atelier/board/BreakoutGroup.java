package app.atelier.board;

import java.util.List;

/**
 * A small group the facilitator split the participants into (any template): its id, its name and who is in it.
 * Cards are given to a group ({@link Card#getBreakoutGroup}); each group works its own first and still sees the rest.
 */
public record BreakoutGroup(String id, String name, List<String> memberIds) {
    public BreakoutGroup {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public boolean has(String personId) {
        return memberIds.contains(personId);
    }
}
