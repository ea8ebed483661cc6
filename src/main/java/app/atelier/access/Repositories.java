package app.atelier.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MembershipRepository extends MongoRepository<Membership, String> {
    List<Membership> findByMemberId(String memberId);

    List<Membership> findByBoardIdOrderByJoinedAtAsc(String boardId);

    List<Membership> findByBoardIdIn(Collection<String> boardIds);

    List<Membership> findByInviteId(String inviteId);
}

interface InviteRepository extends MongoRepository<Invite, String> {
    Optional<Invite> findByTokenHash(String tokenHash);

    List<Invite> findByBoardIdOrderByCreatedAtDesc(String boardId);
}

interface GuestRepository extends MongoRepository<Guest, String> {
    Optional<Guest> findBySecretHash(String secretHash);
}
