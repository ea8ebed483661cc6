package app.atelier.access;

import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.PublicUrls;
import app.atelier.base.SecurityLog;
import app.atelier.base.UserText;
import app.atelier.security.Actor;
import app.atelier.security.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who may do what on which board. Every command of every feature asks here first, whatever its origin (UI, REST,
 * WebSocket). Someone who is not a member learns nothing: the board is "not found", never "forbidden", so board
 * ids cannot be probed.
 */
@Service
public class AccessService {
    public static final int MAX_NAME = 60;
    /** An invite link that must expire does so within a year (a link without expiry stays until revoked). */
    public static final Duration MAX_INVITE_LIFE = Duration.ofDays(365);

    private final MembershipRepository memberships;
    private final InviteRepository invites;
    private final GuestRepository guests;
    private final AccessEvents events;
    private final Clock clock;
    private final PublicUrls urls;

    AccessService(MembershipRepository memberships, InviteRepository invites, GuestRepository guests,
                  AccessEvents events, Clock clock, PublicUrls urls) {
        this.memberships = memberships;
        this.invites = invites;
        this.guests = guests;
        this.events = events;
        this.clock = clock;
        this.urls = urls;
    }

    // --- checks ---

    public Optional<Role> roleOf(Actor actor, String boardId) {
        if (actor == null) {
            return Optional.empty();
        }
        return memberships.findById(Membership.key(boardId, actor.id())).map(Membership::getRole);
    }

    /** The actor's role on the board; a non-member gets the same answer as for a board that does not exist. */
    public Role requireMember(Actor actor, String boardId) {
        return roleOf(actor, boardId).orElseThrow(() -> {
            SecurityLog.event("denied.not-member", actor == null ? null : actor.id(), "board=" + boardId);
            return new NotFoundException("error.board.notFound", boardId);
        });
    }

    /** Adding cards: facilitators and participants. */
    public Role requireWriter(Actor actor, String boardId) {
        Role role = requireMember(actor, boardId);
        if (!role.canWrite()) {
            throw denied(actor, boardId, "write", "error.access.observer");
        }
        return role;
    }

    /**
     * Editing, moving or deleting a card: its author (unless an observer) or a facilitator. {@code role} is the one
     * {@link #requireMember} returned for this request, so the check costs no second read.
     */
    public static void requireCardOwnerOrFacilitator(Actor actor, String boardId, Role role, String authorId) {
        if (!role.canWrite()) {
            throw denied(actor, boardId, "write", "error.access.observer");
        }
        if (role != Role.FACILITATOR && !actor.id().equals(authorId)) {
            throw denied(actor, boardId, "others-card", "error.access.notYourCard");
        }
    }

    public void requireFacilitator(Actor actor, String boardId) {
        if (requireMember(actor, boardId) != Role.FACILITATOR) {
            throw denied(actor, boardId, "manage", "error.access.facilitatorOnly");
        }
    }

    /** A refusal for a reason other than the role (a lock, the phase): logged like every denied action. */
    public static ForbiddenException denied(Actor actor, String boardId, String action, String messageKey) {
        SecurityLog.event("denied." + action, actor.id(), "board=" + boardId);
        return new ForbiddenException(messageKey);
    }


    // --- membership ---

    /** The creator of a board is its first facilitator. */
    public void grantOwner(String boardId, Actor owner) {
        memberships.save(new Membership(boardId, owner, Role.FACILITATOR, null, clock.instant()));
    }

    /**
     * A facilitator added by an admin of the board's workspace (who was checked before), whatever role they had on it;
     * their open pages follow.
     */
    public void addFacilitator(String boardId, Actor person) {
        memberships.save(new Membership(boardId, person, Role.FACILITATOR, null, clock.instant()));
        events.accessChanged(boardId, person.id());
    }

    /** The person leaves these boards (they left the boards' workspace); their open pages close. */
    public void leaveBoards(String memberId, Collection<String> boardIds) {
        List<Membership> theirs = memberships.findByMemberId(memberId).stream()
                .filter(m -> boardIds.contains(m.getBoardId())).toList();
        memberships.deleteAll(theirs);
        theirs.forEach(m -> events.accessChanged(m.getBoardId(), memberId));
    }

    /** Everyone on these boards, for a workspace admin's overview (the caller checked who asks). */
    public List<Membership> membersOf(Collection<String> boardIds) {
        return memberships.findByBoardIdIn(boardIds);
    }

    /** Ids of the boards this person belongs to. */
    public List<String> boardIdsOf(Actor actor) {
        return memberships.findByMemberId(actor.id()).stream().map(Membership::getBoardId).toList();
    }

    public List<Membership> members(Actor actor, String boardId) {
        requireMember(actor, boardId);
        return memberships.findByBoardIdOrderByJoinedAtAsc(boardId);
    }

    public void changeRole(Actor facilitator, String boardId, String memberId, Role role) {
        requireFacilitator(facilitator, boardId);
        if (role == null) {
            throw new InvalidInputException("role", "error.role.unknown");
        }
        Membership member = memberships.findById(Membership.key(boardId, memberId))
                .orElseThrow(() -> new NotFoundException("error.member.notFound", memberId));
        if (member.getRole() == Role.FACILITATOR && role != Role.FACILITATOR) {
            requireAnotherFacilitator(boardId, memberId);
        }
        member.setRole(role);
        memberships.save(member);
        SecurityLog.event("role.changed", facilitator.id(), "board=" + boardId + " member=" + memberId + " role=" + role.id());
        events.accessChanged(boardId, memberId);
    }

    public void removeMember(Actor facilitator, String boardId, String memberId) {
        requireFacilitator(facilitator, boardId);
        Membership member = memberships.findById(Membership.key(boardId, memberId))
                .orElseThrow(() -> new NotFoundException("error.member.notFound", memberId));
        if (member.getRole() == Role.FACILITATOR) {
            requireAnotherFacilitator(boardId, memberId);
        }
        memberships.delete(member);
        SecurityLog.event("member.removed", facilitator.id(), "board=" + boardId + " member=" + memberId);
        events.accessChanged(boardId, memberId);
    }

    /** A board always keeps a facilitator: nobody can lock everyone out. */
    private void requireAnotherFacilitator(String boardId, String leavingId) {
        boolean another = memberships.findByBoardIdOrderByJoinedAtAsc(boardId).stream()
                .anyMatch(m -> m.getRole() == Role.FACILITATOR && !m.getMemberId().equals(leavingId));
        if (!another) {
            throw new InvalidInputException("role", "error.access.lastFacilitator");
        }
    }

    // --- invite links ---

    /** A new link for the role; the returned {@link NewInvite#url()} holds the only copy of its secret. */
    public NewInvite createInvite(Actor facilitator, String boardId, Role role, Duration validFor) {
        requireFacilitator(facilitator, boardId);
        if (role == null) {
            throw new InvalidInputException("role", "error.role.unknown");
        }
        if (validFor != null && (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_INVITE_LIFE) > 0)) {
            throw new InvalidInputException("expiresInHours", "error.invite.expiry", MAX_INVITE_LIFE.toHours());
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        Invite invite = invites.save(new Invite(boardId, role, Secrets.hash(secret), facilitator.id(), now,
                validFor == null ? null : now.plus(validFor)));
        SecurityLog.event("invite.created", facilitator.id(), "board=" + boardId + " invite=" + invite.getId()
                + " role=" + role.id());
        return new NewInvite(invite, urls.base() + "/join/" + secret);
    }

    public record NewInvite(Invite invite, String url) {
    }

    public List<Invite> invites(Actor facilitator, String boardId) {
        requireFacilitator(facilitator, boardId);
        return invites.findByBoardIdOrderByCreatedAtDesc(boardId);
    }

    /** Revokes the link and the access of everyone who joined through it, at once, on open pages too. */
    public void revokeInvite(Actor facilitator, String boardId, String inviteId) {
        requireFacilitator(facilitator, boardId);
        Invite invite = invites.findById(inviteId).filter(i -> i.getBoardId().equals(boardId))
                .orElseThrow(() -> new NotFoundException("error.invite.notFound", inviteId));
        invite.revoke(clock.instant());
        invites.save(invite);
        memberships.deleteAll(memberships.findByInviteId(inviteId));
        SecurityLog.event("invite.revoked", facilitator.id(), "board=" + boardId + " invite=" + inviteId);
        events.accessChanged(boardId, null); // everyone who came through the link
    }

    /** The usable invite behind a link's secret, if any. */
    public Optional<Invite> findInvite(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return invites.findByTokenHash(Secrets.hash(secret)).filter(i -> i.isUsableAt(clock.instant()));
    }

    /** Joins the link's board with its role (keeping a stronger role the person already has). */
    public String join(String secret, Actor actor) {
        Invite invite = findInvite(secret).orElseThrow(() -> {
            SecurityLog.event("denied.invite", actor.id(), "unusable invite link");
            return new NotFoundException("error.invite.unusable");
        });
        Optional<Membership> existing = memberships.findById(Membership.key(invite.getBoardId(), actor.id()));
        if (existing.isEmpty() || existing.get().getRole().ordinal() > invite.getRole().ordinal()) {
            memberships.save(new Membership(invite.getBoardId(), actor, invite.getRole(), invite.getId(),
                    clock.instant()));
            SecurityLog.event("invite.joined", actor.id(), "board=" + invite.getBoardId() + " invite="
                    + invite.getId() + " role=" + invite.getRole().id());
            if (existing.isPresent()) {
                // a stronger role for someone already on the board: their open pages follow; a newcomer has none,
                // and a crowd arriving must not cost every open page an event each
                events.accessChanged(invite.getBoardId(), actor.id());
            }
        }
        return invite.getBoardId();
    }

    // --- guests ---

    /** A guest with this display name; {@link NewGuest#secret()} goes into their browser's cookie. */
    public NewGuest createGuest(String name) {
        String clean = UserText.required("name", name, MAX_NAME, "name.required", "name.required");
        String secret = Secrets.newSecret();
        Guest guest = guests.save(new Guest(clean, Secrets.hash(secret), clock.instant()));
        return new NewGuest(guest.actor(), secret);
    }

    public record NewGuest(Actor actor, String secret) {
    }

    public Optional<Actor> guestBySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return guests.findBySecretHash(Secrets.hash(secret)).map(Guest::actor);
    }
}
