package app.atelier.workspace;

import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.SecurityLog;
import app.atelier.base.UserText;
import app.atelier.security.AccountService;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Who belongs to which workspace, and in which one each person works. Every feature that lists or creates boards
 * or templates asks here first. Someone outside a workspace learns nothing of it: it is "not found", never
 * "forbidden", so workspace ids cannot be probed.
 */
@Service
public class WorkspaceService {
    /** The workspace the boards and templates made before workspaces existed moved into. */
    public static final String DEFAULT_ID = "default";
    public static final int MAX_NAME = 80;
    /** How the API's {@code workspace} parameter is described wherever an endpoint works within a workspace. */
    public static final String API_PARAMETER = "The workspace's id (see GET /api/workspaces); without it, your current "
            + "workspace";

    private final WorkspaceRepository workspaces;
    private final WorkspaceMemberRepository members;
    private final CurrentWorkspaceRepository current;
    private final WorkspaceInvitationRepository invitations;
    private final AccountService accounts;
    private final ObjectProvider<WorkspaceBoards> boards;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Off: only the installation's administrators make workspaces (an IT department keeps them few). */
    private final boolean anyoneCreates;

    WorkspaceService(WorkspaceRepository workspaces, WorkspaceMemberRepository members,
                     CurrentWorkspaceRepository current, WorkspaceInvitationRepository invitations,
                     AccountService accounts,
                     ObjectProvider<WorkspaceBoards> boards, ApplicationEventPublisher events, Clock clock,
                     @Value("${atelier.workspaces.anyone-creates:true}") boolean anyoneCreates) {
        this.anyoneCreates = anyoneCreates;
        this.workspaces = workspaces;
        this.members = members;
        this.current = current;
        this.invitations = invitations;
        this.accounts = accounts;
        this.boards = boards;
        this.events = events;
        this.clock = clock;
    }

    // --- checks ---

    /** The person's role in the workspace; a non-member gets the same answer as for a workspace that does not exist. */
    public WorkspaceRole requireMember(Actor actor, String workspaceId) {
        return roleOf(actor, workspaceId).orElseThrow(() -> {
            SecurityLog.event("denied.workspace", actor == null ? null : actor.id(), "workspace=" + workspaceId);
            return new NotFoundException("error.workspace.notFound", workspaceId);
        });
    }

    public void requireAdmin(Actor actor, String workspaceId) {
        if (requireMember(actor, workspaceId) != WorkspaceRole.ADMIN) {
            SecurityLog.event("denied.workspace-admin", actor.id(), "workspace=" + workspaceId);
            throw new ForbiddenException("error.workspace.adminOnly");
        }
    }

    public Optional<WorkspaceRole> roleOf(Actor actor, String workspaceId) {
        if (actor == null || !actor.isAccount() || workspaceId == null) {
            return Optional.empty();
        }
        return members.findById(WorkspaceMember.key(workspaceId, actor.id())).map(WorkspaceMember::role);
    }

    /**
     * The workspace a request names, once its sender is checked to be a member; when it names none, the sender's
     * current workspace (an API client that never heard of workspaces keeps working).
     */
    public String resolve(Actor actor, String workspaceId) {
        if (workspaceId != null && !workspaceId.isBlank()) {
            requireMember(actor, workspaceId);
            return workspaceId;
        }
        return current(actor).map(Workspace::id)
                .orElseThrow(() -> new NotFoundException("error.workspace.none"));
    }

    // --- a person's workspaces ---

    /** The workspaces this person belongs to, by name. */
    public List<Workspace> mine(Actor actor) {
        return mine(rolesOf(actor));
    }

    /** The same, from the roles {@link #rolesOf} just gave (a page that shows both reads them once). */
    public List<Workspace> mine(Map<String, WorkspaceRole> roles) {
        Collator byName = Collator.getInstance(Locale.FRENCH);
        return roles.isEmpty() ? List.of() : workspaces.findAllById(roles.keySet()).stream()
                .sorted(Comparator.comparing(Workspace::name, byName).thenComparing(Workspace::id)).toList();
    }

    /** The person's role in each workspace they belong to, by workspace id. */
    public Map<String, WorkspaceRole> rolesOf(Actor actor) {
        if (actor == null || !actor.isAccount()) {
            return Map.of();
        }
        return members.findByAccountId(actor.id()).stream()
                .collect(Collectors.toMap(WorkspaceMember::workspaceId, WorkspaceMember::role));
    }

    /** Where the person works now: the workspace they last chose while they still belong to it, else their first. */
    public Optional<Workspace> current(Actor actor) {
        return current(actor, mine(actor));
    }

    /** The same, among the person's workspaces as {@link #mine} just gave them (a page that shows both). */
    public Optional<Workspace> current(Actor actor, List<Workspace> theirs) {
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        String chosen = current.findById(actor.id()).map(CurrentWorkspace::workspaceId).orElse(null);
        return theirs.stream().filter(w -> w.id().equals(chosen)).findFirst().or(() -> Optional.of(theirs.getFirst()));
    }

    public Workspace switchTo(Actor actor, String workspaceId) {
        requireMember(actor, workspaceId);
        current.save(new CurrentWorkspace(actor.id(), workspaceId));
        return require(workspaceId);
    }

    /** Whether this person may make a workspace (any account, unless only administrators may). */
    public boolean mayCreate(Actor actor) {
        return actor != null && actor.isAccount()
                && (anyoneCreates || accounts.findById(actor.id()).map(AtelierUser::admin).orElse(false));
    }

    /** A new workspace; its creator is its first admin and works in it from now on. */
    public Workspace create(Actor creator, String name) {
        if (!mayCreate(creator)) {
            SecurityLog.event("denied.workspace-create", creator == null ? null : creator.id(), "");
            throw new ForbiddenException(creator != null && creator.isAccount() ? "error.workspace.createAdminsOnly"
                    : "error.access.accountOnly");
        }
        String clean = UserText.required("name", name, MAX_NAME, "error.workspace.name", "error.workspace.name");
        Workspace made = workspaces.insert(new Workspace("ws-" + UUID.randomUUID(), clean, creator.id(),
                clock.instant(), false));
        seat(made.id(), creator.id(), creator.name(), accounts.findById(creator.id()).map(AtelierUser::email)
                .orElse(null), WorkspaceRole.ADMIN);
        current.save(new CurrentWorkspace(creator.id(), made.id()));
        SecurityLog.event("workspace.created", creator.id(), "workspace=" + made.id());
        return made;
    }

    /** The workspace, for one of its members. */
    public Workspace get(Actor actor, String workspaceId) {
        requireMember(actor, workspaceId);
        return require(workspaceId);
    }

    public Workspace rename(Actor admin, String workspaceId, String name) {
        requireAdmin(admin, workspaceId);
        String clean = UserText.required("name", name, MAX_NAME, "error.workspace.name", "error.workspace.name");
        return workspaces.save(require(workspaceId).renamed(clean));
    }

    // --- members (admins) ---

    public List<WorkspaceMember> members(Actor admin, String workspaceId) {
        requireAdmin(admin, workspaceId);
        return members.findByWorkspaceIdOrderByJoinedAtAsc(workspaceId);
    }

    /** Adds the person who has an account with this e-mail (they sign up, or sign on once, first). */
    public WorkspaceMember addMember(Actor admin, String workspaceId, String email, WorkspaceRole role) {
        requireAdmin(admin, workspaceId);
        if (role == null) {
            throw new InvalidInputException("role", "error.workspace.role");
        }
        AtelierUser person = accounts.findByEmail(email)
                .orElseThrow(() -> new InvalidInputException("email", "error.workspace.noAccount"));
        if (members.existsById(WorkspaceMember.key(workspaceId, person.id()))) {
            throw new InvalidInputException("email", "error.workspace.alreadyMember");
        }
        WorkspaceMember added = seat(workspaceId, person.id(), person.displayName(), person.email(), role);
        SecurityLog.event("workspace.member.added", admin.id(), "workspace=" + workspaceId + " member=" + person.id()
                + " role=" + role.id());
        return added;
    }

    public void changeRole(Actor admin, String workspaceId, String accountId, WorkspaceRole role) {
        requireAdmin(admin, workspaceId);
        if (role == null) {
            throw new InvalidInputException("role", "error.workspace.role");
        }
        WorkspaceMember member = requireMemberRecord(workspaceId, accountId);
        if (member.role() == WorkspaceRole.ADMIN && role != WorkspaceRole.ADMIN) {
            requireAnotherAdmin(workspaceId, accountId);
        }
        members.save(member.withRole(role));
        SecurityLog.event("workspace.role.changed", admin.id(), "workspace=" + workspaceId + " member=" + accountId
                + " role=" + role.id());
    }

    /** Removes the person from the workspace and from its boards (a guest link they hold stays a separate matter). */
    public void removeMember(Actor admin, String workspaceId, String accountId) {
        requireAdmin(admin, workspaceId);
        WorkspaceMember member = requireMemberRecord(workspaceId, accountId);
        if (member.role() == WorkspaceRole.ADMIN) {
            requireAnotherAdmin(workspaceId, accountId);
        }
        members.delete(member);
        SecurityLog.event("workspace.member.removed", admin.id(), "workspace=" + workspaceId + " member=" + accountId);
        events.publishEvent(new WorkspaceMemberRemoved(workspaceId, accountId));
    }

    /**
     * Keeps a place for someone who has no account yet (a client's people before their first single sign-on): they
     * join with that role when they first sign in with this e-mail. Inviting again changes the role.
     */
    public WorkspaceInvitation invite(Actor admin, String workspaceId, String email, WorkspaceRole role) {
        requireAdmin(admin, workspaceId);
        if (role == null) {
            throw new InvalidInputException("role", "error.workspace.role");
        }
        String clean = AccountService.cleanEmail(email)
                .orElseThrow(() -> new InvalidInputException("email", "error.email.invalid"));
        if (accounts.findByEmail(clean).isPresent()) {
            throw new InvalidInputException("email", "error.workspace.hasAccount");
        }
        WorkspaceInvitation invitation = invitations.save(new WorkspaceInvitation(
                WorkspaceInvitation.key(workspaceId, clean), workspaceId, clean, role, admin.id(), clock.instant()));
        SecurityLog.event("workspace.invited", admin.id(), "workspace=" + workspaceId + " role=" + role.id());
        return invitation;
    }

    /**
     * Adds the person with an account under this e-mail, or keeps a place for them when there is none yet (see
     * {@link #invite}): the kept place, or empty when they joined at once.
     */
    public Optional<WorkspaceInvitation> addOrInvite(Actor admin, String workspaceId, String email,
                                                     WorkspaceRole role) {
        if (accounts.findByEmail(email).isPresent()) {
            addMember(admin, workspaceId, email, role);
            return Optional.empty();
        }
        return Optional.of(invite(admin, workspaceId, email, role));
    }

    public List<WorkspaceInvitation> invitations(Actor admin, String workspaceId) {
        requireAdmin(admin, workspaceId);
        return invitations.findByWorkspaceIdOrderByInvitedAtAsc(workspaceId);
    }

    public void cancelInvitation(Actor admin, String workspaceId, String email) {
        requireAdmin(admin, workspaceId);
        String id = WorkspaceInvitation.key(workspaceId, AccountService.cleanEmail(email).orElse(""));
        if (!invitations.existsById(id)) {
            throw new NotFoundException("error.workspace.invitationNotFound");
        }
        invitations.deleteById(id);
    }

    /** A new account takes the places kept for its e-mail. */
    void takeInvitations(String accountId, String name, String email) {
        for (WorkspaceInvitation invitation : invitations.findByEmail(email)) {
            seat(invitation.workspaceId(), accountId, name, email, invitation.role());
            invitations.delete(invitation);
        }
    }

    // --- its boards (admins) ---

    public List<WorkspaceBoards.Summary> boards(Actor admin, String workspaceId) {
        requireAdmin(admin, workspaceId);
        return boards.getObject().boardsIn(workspaceId, admin);
    }

    /** The admin joins one of the workspace's boards as a facilitator (a board whose facilitators all left, say). */
    public void joinBoard(Actor admin, String workspaceId, String boardId) {
        requireAdmin(admin, workspaceId);
        if (!boards.getObject().addFacilitator(workspaceId, boardId, admin)) {
            throw new NotFoundException("error.board.notFound", boardId);
        }
        SecurityLog.event("workspace.board.joined", admin.id(), "workspace=" + workspaceId + " board=" + boardId);
    }

    // --- seating people (see WorkspaceSeating) ---

    WorkspaceMember seat(String workspaceId, String accountId, String name, String email, WorkspaceRole role) {
        return members.save(new WorkspaceMember(WorkspaceMember.key(workspaceId, accountId), workspaceId, accountId,
                name, email, role, clock.instant()));
    }

    private Workspace require(String workspaceId) {
        return workspaces.findById(workspaceId)
                .orElseThrow(() -> new NotFoundException("error.workspace.notFound", workspaceId));
    }

    private WorkspaceMember requireMemberRecord(String workspaceId, String accountId) {
        return members.findById(WorkspaceMember.key(workspaceId, accountId))
                .orElseThrow(() -> new NotFoundException("error.workspace.memberNotFound", accountId));
    }

    /** A workspace always keeps an admin: nobody can lock everyone out of its management. */
    private void requireAnotherAdmin(String workspaceId, String leavingId) {
        boolean another = members.findByWorkspaceIdOrderByJoinedAtAsc(workspaceId).stream()
                .anyMatch(m -> m.role() == WorkspaceRole.ADMIN && !m.accountId().equals(leavingId));
        if (!another) {
            throw new InvalidInputException("role", "error.workspace.lastAdmin");
        }
    }
}
