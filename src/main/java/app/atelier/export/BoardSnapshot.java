package app.atelier.export;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A whole board in portable form: what the JSON export holds and the import reads back. Cards are referred to by
 * {@code ref} (c1, c2… in posting order), never by database id, so export → import → export gives the same content.
 */
public record BoardSnapshot(int format, String title, String template, String language, String phase,
                            boolean anonymous, Instant exportedAt, List<CardSnapshot> cards) {
    public static final int FORMAT = 1;

    public record CardSnapshot(String ref, String zone, String text, Map<String, String> fields, String color,
                               @Nullable Double x, @Nullable Double y, @Nullable String author,
                               @Nullable String status, @Nullable Integer priority, @Nullable Integer votes,
                               @Nullable String group, List<String> evidence, List<CommentSnapshot> comments,
                               Instant createdAt, List<ImageSnapshot> images) {
        /** A card without images. */
        public CardSnapshot(String ref, String zone, String text, Map<String, String> fields, String color, Double x,
                            Double y, String author, String status, Integer priority, Integer votes, String group,
                            List<String> evidence, List<CommentSnapshot> comments, Instant createdAt) {
            this(ref, zone, text, fields, color, x, y, author, status, priority, votes, group, evidence, comments,
                    createdAt, List.of());
        }
    }

    /**
     * An image of a card. {@code data} is the original file (base64 in JSON, so the export is re-imported with its
     * images); it is left out (null) of the exports that do not show images (Markdown, CSV).
     */
    public record ImageSnapshot(String contentType, int width, int height, byte[] data) {
    }

    public record CommentSnapshot(@Nullable String author, String text, Instant createdAt) {
    }

    /** The same snapshot without its export time (two exports of one board compare equal this way). */
    public BoardSnapshot withoutExportTime() {
        return new BoardSnapshot(format, title, template, language, phase, anonymous, null, cards);
    }
}
