package app.atelier.workspace.api;

import app.atelier.base.InvalidInputException;
import app.atelier.base.api.RequestBodies;
import app.atelier.security.AtelierUser;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceBoards;
import app.atelier.workspace.WorkspaceInvitation;
import app.atelier.workspace.WorkspaceMember;
import app.atelier.workspace.WorkspaceRole;
import app.atelier.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workspaces over the API: yours, a new one, where you work now; for a workspace's admins its name, members and
 * boards. The {@code workspace} parameter of the board and template endpoints takes these ids.
 */
@RestController
@RequestMapping(path = "/api/workspaces", produces = MediaType.APPLICATION_JSON_VALUE)
class WorkspaceApiController {
    record WorkspaceResponse(String id, String name, @Schema(allowableValues = {"admin", "member"}) String role,
                             boolean current) {
    }

    record WorkspaceNameRequest(String name) {
    }

    record AddMemberRequest(String email, @Schema(allowableValues = {"admin", "member"}) String role) {
    }

    record WorkspaceRoleRequest(@Schema(allowableValues = {"admin", "member"}) String role) {
    }

    record WorkspaceMemberResponse(String id, String name, @Nullable String email,
                                   @Schema(allowableValues = {"admin", "member"}) String role, Instant joinedAt) {
        static WorkspaceMemberResponse of(WorkspaceMember m) {
            return new WorkspaceMemberResponse(m.accountId(), m.name(), m.email(), m.role().id(), m.joinedAt());
        }
    }

    record WorkspaceBoardResponse(String id, String title, Instant createdAt, List<String> facilitators,
                                  @Nullable @Schema(description = "facilitator, participant or observer; null: "
                                          + "not on it") String yourRole) {
        static WorkspaceBoardResponse of(WorkspaceBoards.Summary b) {
            return new WorkspaceBoardResponse(b.id(), b.title(), b.createdAt(), b.facilitators(), b.viewerRole());
        }
    }

    record WorkspaceInvitationResponse(String email, @Schema(allowableValues = {"admin", "member"}) String role,
                                       Instant invitedAt) {
        static WorkspaceInvitationResponse of(WorkspaceInvitation i) {
            return new WorkspaceInvitationResponse(i.email(), i.role().id(), i.invitedAt());
        }
    }

    private final WorkspaceService workspaces;

    WorkspaceApiController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    List<WorkspaceResponse> mine(@AuthenticationPrincipal AtelierUser user) {
        Map<String, WorkspaceRole> roles = workspaces.rolesOf(user.actor());
        List<Workspace> mine = workspaces.mine(roles);
        String current = workspaces.current(user.actor(), mine).map(Workspace::id).orElse(null);
        return mine.stream().map(w -> response(w, roles.get(w.id()), current)).toList();
    }

    /** A new workspace: you are its admin, and it becomes your current one. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<WorkspaceResponse> create(@AuthenticationPrincipal AtelierUser user,
                                             @RequestBody WorkspaceNameRequest request) {
        RequestBodies.require(request);
        Workspace made = workspaces.create(user.actor(), request.name());
        return ResponseEntity.created(URI.create("/api/workspaces/" + made.id()))
                .body(response(user, made, made.id()));
    }

    @GetMapping("/{workspaceId}")
    WorkspaceResponse get(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId) {
        return response(user, workspaces.get(user.actor(), workspaceId), currentOf(user));
    }

    /** Renames it (its admins). */
    @PatchMapping("/{workspaceId}")
    WorkspaceResponse rename(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId,
                             @RequestBody WorkspaceNameRequest request) {
        RequestBodies.require(request);
        return response(user, workspaces.rename(user.actor(), workspaceId, request.name()), currentOf(user));
    }

    /** Work in it from now on: the endpoints given no {@code workspace} use it, and so do your pages. */
    @PutMapping("/{workspaceId}/current")
    WorkspaceResponse switchTo(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId) {
        return response(user, workspaces.switchTo(user.actor(), workspaceId), workspaceId);
    }

    @GetMapping("/{workspaceId}/members")
    List<WorkspaceMemberResponse> members(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId) {
        return workspaces.members(user.actor(), workspaceId).stream().map(WorkspaceMemberResponse::of).toList();
    }

    /** Adds the person with an account under this e-mail. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{workspaceId}/members")
    ResponseEntity<WorkspaceMemberResponse> addMember(@AuthenticationPrincipal AtelierUser user,
                                             @PathVariable String workspaceId,
                                             @RequestBody AddMemberRequest request) {
        RequestBodies.require(request);
        WorkspaceMember added = workspaces.addMember(user.actor(), workspaceId, request.email(), role(request.role()));
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspaceId + "/members/" + added.accountId()))
                .body(WorkspaceMemberResponse.of(added));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/{workspaceId}/members/{memberId}/role")
    ResponseEntity<Void> changeRole(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId,
                                    @PathVariable String memberId, @RequestBody WorkspaceRoleRequest request) {
        workspaces.changeRole(user.actor(), workspaceId, memberId, role(request == null ? null : request.role()));
        return ResponseEntity.noContent().build();
    }

    /** Removes the person from the workspace and from its boards. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{workspaceId}/members/{memberId}")
    ResponseEntity<Void> removeMember(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId,
                                      @PathVariable String memberId) {
        workspaces.removeMember(user.actor(), workspaceId, memberId);
        return ResponseEntity.noContent().build();
    }

    /** The places kept for e-mails without an account yet (its admins). */
    @GetMapping("/{workspaceId}/invitations")
    List<WorkspaceInvitationResponse> invitations(@AuthenticationPrincipal AtelierUser user,
                                                  @PathVariable String workspaceId) {
        return workspaces.invitations(user.actor(), workspaceId).stream().map(WorkspaceInvitationResponse::of)
                .toList();
    }

    /** Keeps a place for someone without an account: they join when they first sign in with this e-mail. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{workspaceId}/invitations")
    ResponseEntity<WorkspaceInvitationResponse> invite(@AuthenticationPrincipal AtelierUser user,
                                                       @PathVariable String workspaceId,
                                                       @RequestBody AddMemberRequest request) {
        RequestBodies.require(request);
        WorkspaceInvitation kept = workspaces.invite(user.actor(), workspaceId, request.email(),
                role(request.role()));
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspaceId + "/invitations/" + kept.email()))
                .body(WorkspaceInvitationResponse.of(kept));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{workspaceId}/invitations/{email}")
    ResponseEntity<Void> cancelInvitation(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId,
                                          @PathVariable String email) {
        workspaces.cancelInvitation(user.actor(), workspaceId, email);
        return ResponseEntity.noContent().build();
    }

    /** Every board of the workspace, with your role on each (its admins). */
    @GetMapping("/{workspaceId}/boards")
    List<WorkspaceBoardResponse> boards(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId) {
        return workspaces.boards(user.actor(), workspaceId).stream().map(WorkspaceBoardResponse::of).toList();
    }

    /** An admin joins one of its boards as a facilitator. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{workspaceId}/boards/{boardId}/facilitators")
    ResponseEntity<Void> joinBoard(@AuthenticationPrincipal AtelierUser user, @PathVariable String workspaceId,
                                   @PathVariable String boardId) {
        workspaces.joinBoard(user.actor(), workspaceId, boardId);
        return ResponseEntity.noContent().build();
    }

    private String currentOf(AtelierUser user) {
        return workspaces.current(user.actor()).map(Workspace::id).orElse(null);
    }

    private WorkspaceResponse response(AtelierUser user, Workspace workspace, String currentId) {
        return response(workspace, workspaces.roleOf(user.actor(), workspace.id()).orElse(null), currentId);
    }

    private static WorkspaceResponse response(Workspace workspace, WorkspaceRole role, String currentId) {
        return new WorkspaceResponse(workspace.id(), workspace.name(), role == null ? null : role.id(),
                workspace.id().equals(currentId));
    }

    private static WorkspaceRole role(String id) {
        WorkspaceRole role = WorkspaceRole.fromId(id);
        if (role == null) {
            throw new InvalidInputException("role", "error.workspace.role");
        }
        return role;
    }
}
