package app.atelier.board;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A board: its title and the template that gives its zones. Cards live in their own collection
 * (see {@link Card}) so that concurrent edits touch small documents and a board never grows without bound.
 */
@Document("boards")
public class Board {
    @Id
    private String id;
    private String title;
    private String templateId;
    private String createdBy;
    @Indexed
    private Instant createdAt;
    @Version
    private Long version;

    protected Board() {
    }

    public Board(String title, String templateId, String createdBy, Instant createdAt) {
        this.title = title;
        this.templateId = templateId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTemplateId() {
        return templateId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
