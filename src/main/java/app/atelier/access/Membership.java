package app.atelier.access;

import app.atelier.security.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's role on a board. One per board and person: the id is {@code boardId/memberId}. */
@Document("memberships")
public class Membership {
    @Id
    private String id;
    @Indexed
    private String boardId;
    @Indexed
    private String memberId;
    private String memberName;
    private Actor.Kind kind;
    private Role role;
    /** The invite link this access came from, if any: revoking the link ends it. */
    @Indexed
    private String inviteId;
    private Instant joinedAt;

    protected Membership() {
    }

    Membership(String boardId, Actor member, Role role, String inviteId, Instant joinedAt) {
        this.id = key(boardId, member.id());
        this.boardId = boardId;
        this.memberId = member.id();
        this.memberName = member.name();
        this.kind = member.kind();
        this.role = role;
        this.inviteId = inviteId;
        this.joinedAt = joinedAt;
    }

    static String key(String boardId, String memberId) {
        return boardId + "/" + memberId;
    }

    public String getBoardId() {
        return boardId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public Actor.Kind getKind() {
        return kind;
    }

    public Role getRole() {
        return role;
    }

    public String getInviteId() {
        return inviteId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    void setRole(Role role) {
        this.role = role;
    }
}
