package app.atelier.presence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Presence across nodes, through the store: each node writes, per board, the people it has there with a heartbeat
 * time; the others read them. A node that stops (or dies) stops its heartbeats, and its people drop out of
 * everyone's count once the heartbeat is older than the expiry.
 */
@Component
class SharedPresence {
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String nodeId;

    SharedPresence(MongoTemplate mongo, Clock clock, @Value("${atelier.node-name:node}") String nodeName) {
        this.mongo = mongo;
        this.clock = clock;
        // a restarted node is a new node: its old heartbeats expire on their own
        this.nodeId = nodeName + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String nodeId() {
        return nodeId;
    }

    void write(String boardId, List<Actor> people) {
        write(nodeId, boardId, people, clock.instant());
    }

    void write(String node, String boardId, List<Actor> people, Instant seenAt) {
        mongo.save(new PresenceRecord(PresenceRecord.id(node, boardId), node, boardId, people, seenAt));
    }

    void remove(String boardId) {
        mongo.remove(Query.query(where("_id").is(PresenceRecord.id(nodeId, boardId))), PresenceRecord.class);
    }

    /** The people other nodes have on these boards, from heartbeats newer than {@code freshAfter}. */
    Map<String, List<Actor>> othersOn(Collection<String> boardIds, Instant freshAfter) {
        Map<String, List<Actor>> others = new HashMap<>();
        if (boardIds.isEmpty()) {
            return others;
        }
        mongo.find(Query.query(where("boardId").in(boardIds).and("seenAt").gt(freshAfter)), PresenceRecord.class)
                .stream().filter(r -> !r.nodeId().equals(nodeId))
                .forEach(r -> others.computeIfAbsent(r.boardId(), b -> new ArrayList<>()).addAll(r.people()));
        return others;
    }

    /** Forgets the heartbeats of nodes that stopped beating before {@code before}. */
    void removeStale(Instant before) {
        mongo.remove(Query.query(where("seenAt").lt(before)), PresenceRecord.class);
    }

    Instant now() {
        return clock.instant();
    }
}
