package app.atelier.board;

/**
 * An image on a card, as the card keeps it: its id (the original's file in the store), the thumbnail's file, its type,
 * size in pixels and in bytes. The bytes themselves are the image module's; the paths below are where browsers and
 * integrations fetch them, always through a check of who may see the card.
 */
public record CardImage(String id, String thumbnailId, String contentType, int width, int height, long bytes) {
    /** Where a page's browser (signed in, or a guest) fetches it: the canvas its thumbnail, the sheet the image. */
    public String pagePath(String boardId, String cardId, boolean thumbnail) {
        return "/board-images/" + boardId + "/" + cardId + "/" + id + (thumbnail ? "/thumbnail" : "");
    }

    /** Where an integration fetches it over the REST API (with its token). */
    public String apiPath(String boardId, String cardId, boolean thumbnail) {
        return "/api/boards/" + boardId + "/cards/" + cardId + "/images/" + id + (thumbnail ? "/thumbnail" : "");
    }
}
