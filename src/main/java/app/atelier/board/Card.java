package app.atelier.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sticky note on a board. {@code text} is its main content (a fail's description); {@code fields} holds the
 * zone's typed fields. {@code x}/{@code y} place the card's top-left corner as fractions (0..1) of its zone, so the
 * layout survives any screen size. {@code version} grows by one on every change (optimistic concurrency).
 */
@Document("cards")
@CompoundIndex(name = "board_created", def = "{'boardId': 1, 'createdAt': 1}")
public class Card {
    @Id
    private String id;
    private String boardId;
    private String zone;
    private String text;
    private Map<String, String> fields;
    private String color;
    private double x;
    private double y;
    private String author;
    private String authorId;
    private Instant createdAt;
    private Instant updatedAt;
    /** Locked by a facilitator: nobody else may edit, move or delete it. */
    private boolean locked;
    /** Dots in the current (or last) vote round, recounted from the ballots after every vote. */
    private int votes;
    /** The group's decision, and the facilitator's manual place in the priority list (null: ranked by votes). */
    private CardStatus status;
    private Integer priority;
    /** The named group the card was gathered into (a pattern, in the Mur des Fails), or null. */
    private String group;
    /** Cards that back this one (a golden rule's fails). */
    private List<String> evidence;
    /** How many comments the card has. */
    private int comments;
    /** How many people said the same (ideas from a crowd merged into this card as a "+1"). */
    private int plusOnes;
    /** The breakout group (its id) whose card this is, or null: that group works it first. */
    private String breakoutGroup;
    /** Its images (screenshots, photos), in the order they were added. */
    private List<CardImage> images;
    /** Not stored: this copy stands in for a card whose content the viewer may not see yet (private writing). */
    @Transient
    private boolean hidden;
    @Version
    private Long version;

    protected Card() {
    }

    Card(String boardId, String zone, String text, Map<String, String> fields, String color, double x, double y,
         String author, String authorId, Instant now) {
        this.boardId = boardId;
        this.zone = zone;
        this.text = text;
        this.fields = Map.copyOf(fields);
        this.color = color;
        this.x = x;
        this.y = y;
        this.author = author;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getBoardId() {
        return boardId;
    }

    public String getZone() {
        return zone;
    }

    public String getText() {
        return text;
    }

    public Map<String, String> getFields() {
        return fields == null ? Map.of() : fields;
    }

    public String getColor() {
        return color;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public String getAuthor() {
        return author;
    }

    /** Who wrote it: participants may change only their own cards. */
    public String getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isLocked() {
        return locked;
    }

    public int getVotes() {
        return votes;
    }

    public CardStatus getStatus() {
        return status;
    }

    public Integer getPriority() {
        return priority;
    }

    public int getPlusOnes() {
        return plusOnes;
    }

    public int getComments() {
        return comments;
    }

    public String getGroup() {
        return group;
    }

    public List<String> getEvidence() {
        return evidence == null ? List.of() : List.copyOf(evidence);
    }

    public String getBreakoutGroup() {
        return breakoutGroup;
    }

    public List<CardImage> getImages() {
        return images == null ? List.of() : List.copyOf(images);
    }

    /**
     * A card read back from an export (already validated), on its new board, without an author id. Its id is chosen
     * before it is stored, so the cards citing it as evidence can be written in the same batch.
     */
    public static Card restored(String id, String boardId, NewCard content, String author, Instant createdAt,
                                Facts facts) {
        Card card = new Card(boardId, content.zone(), content.text(), content.fields(), content.color(), content.x(),
                content.y(), author, null, createdAt);
        card.id = id;
        card.status = facts.status();
        card.locked = card.status == CardStatus.AGREED;
        card.priority = facts.priority();
        card.votes = facts.votes();
        card.group = facts.group();
        card.evidence = facts.evidence();
        card.comments = facts.comments();
        card.images = facts.images().isEmpty() ? null : facts.images();
        return card;
    }

    /** What the facilitation features recorded on a card, as an export carries it. */
    public record Facts(CardStatus status, Integer priority, int votes, String group, List<String> evidence,
                        int comments, List<CardImage> images) {
    }

    public boolean isHidden() {
        return hidden;
    }

    /** A copy without its author's name (anonymous mode). */
    Card withoutAuthor() {
        Card copy = copy();
        copy.author = null;
        return copy;
    }

    /** A blank stand-in: where the card is, not what it says nor who wrote it (private writing). */
    Card placeholder() {
        Card copy = copy();
        copy.text = "";
        copy.fields = Map.of();
        copy.author = null;
        copy.group = null;
        copy.evidence = null;
        copy.images = null;
        copy.hidden = true;
        return copy;
    }

    /** This card put back as it was (from the trash), one version on, changed at {@code at}. */
    Card restoredAt(Instant at) {
        Card copy = copy();
        copy.hidden = false;
        copy.updatedAt = at;
        copy.version = getVersion() + 1;
        return copy;
    }

    private Card copy() {
        Card copy = new Card(boardId, zone, text, getFields(), color, x, y, author, authorId, createdAt);
        copy.id = id;
        copy.updatedAt = updatedAt;
        copy.locked = locked;
        copy.votes = votes;
        copy.status = status;
        copy.priority = priority;
        copy.comments = comments;
        copy.group = group;
        copy.evidence = evidence;
        copy.images = images;
        copy.breakoutGroup = breakoutGroup;
        copy.version = version;
        copy.hidden = hidden;
        return copy;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
