package app.atelier.access.api;

import app.atelier.access.AccessService;
import app.atelier.access.Invite;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.base.InvalidInputException;
import app.atelier.security.AtelierUser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invite links and members of a board, for its facilitators. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class InviteApiController {
    record CreateInviteRequest(@Schema(allowableValues = {"facilitator", "participant", "observer"}) String role,
                               Integer expiresInHours) {
    }

    record InviteResponse(String id, @Schema(allowableValues = {"facilitator", "participant", "observer"}) String role,
                          @Nullable String url, Instant createdAt,
                          @Nullable Instant expiresAt, @Nullable Instant revokedAt) {
        static InviteResponse of(Invite i, String url) {
            return new InviteResponse(i.getId(), i.getRole().id(), url, i.getCreatedAt(), i.getExpiresAt(),
                    i.getRevokedAt());
        }
    }

    record MemberResponse(String id, String name, @Schema(allowableValues = {"account", "guest"}) String kind,
                          @Schema(allowableValues = {"facilitator", "participant", "observer"}) String role,
                          Instant joinedAt) {
        static MemberResponse of(Membership m) {
            return new MemberResponse(m.getMemberId(), m.getMemberName(), m.getKind().name().toLowerCase(),
                    m.getRole().id(), m.getJoinedAt());
        }
    }

    record RoleRequest(@Schema(allowableValues = {"facilitator", "participant", "observer"}) String role) {
    }

    private final AccessService access;

    InviteApiController(AccessService access) {
        this.access = access;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/invites")
    ResponseEntity<InviteResponse> create(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                          @RequestBody CreateInviteRequest request) {
        if (request == null) {
            throw new InvalidInputException("role", "error.role.unknown");
        }
        Duration validFor = request.expiresInHours() == null ? null : Duration.ofHours(request.expiresInHours());
        AccessService.NewInvite created = access.createInvite(user.actor(), boardId, role(request.role()), validFor);
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/invites/" + created.invite().getId()))
                .body(InviteResponse.of(created.invite(), created.url()));
    }

    /** The links of the board (their secrets are not kept, so no URL). */
    @GetMapping("/invites")
    List<InviteResponse> list(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return access.invites(user.actor(), boardId).stream().map(i -> InviteResponse.of(i, null)).toList();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/invites/{inviteId}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @PathVariable String inviteId) {
        access.revokeInvite(user.actor(), boardId, inviteId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/members")
    List<MemberResponse> members(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return access.members(user.actor(), boardId).stream().map(MemberResponse::of).toList();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/members/{memberId}/role")
    ResponseEntity<Void> changeRole(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                    @PathVariable String memberId, @RequestBody RoleRequest request) {
        access.changeRole(user.actor(), boardId, memberId, role(request == null ? null : request.role()));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/members/{memberId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @PathVariable String memberId) {
        access.removeMember(user.actor(), boardId, memberId);
        return ResponseEntity.noContent().build();
    }

    private static Role role(String id) {
        Role role = Role.fromId(id);
        if (role == null) {
            throw new InvalidInputException("role", "error.role.unknown");
        }
        return role;
    }
}
