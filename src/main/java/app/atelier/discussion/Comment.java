package app.atelier.discussion;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A comment on a card (another department's reaction to a fail, say). */
@Document("comments")
@CompoundIndex(name = "card_created", def = "{'boardId': 1, 'cardId': 1, 'createdAt': 1}")
public class Comment {
    @Id
    private String id;
    private String boardId;
    private String cardId;
    private String authorId;
    private String author;
    private String text;
    private Instant createdAt;

    protected Comment() {
    }

    public Comment(String boardId, String cardId, String authorId, String author, String text, Instant createdAt) {
        this.boardId = boardId;
        this.cardId = cardId;
        this.authorId = authorId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** A copy without its author's name (anonymous mode). */
    Comment withoutAuthor() {
        Comment copy = new Comment(boardId, cardId, authorId, null, text, createdAt);
        copy.id = id;
        return copy;
    }

    public String getId() {
        return id;
    }

    public String getBoardId() {
        return boardId;
    }

    public String getCardId() {
        return cardId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
