package app.atelier.board.api;

import app.atelier.board.Board;
import app.atelier.board.Card;
import app.atelier.board.TimerState;
import app.atelier.board.VoteSettings;
import app.atelier.template.BoardTemplate;
import app.atelier.template.FieldDefinition;
import app.atelier.template.ZoneDefinition;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of the board API. Labels and hints come in every UI language, keyed by language tag. */
final class BoardApiModels {
    private BoardApiModels() {
    }

    record CreateBoardRequest(String title, String template, String language) {
    }

    record CreateCardRequest(String zone, String text, Map<String, String> fields, String color, Double x, Double y) {
    }

    record PatchCardRequest(String zone, String text, Map<String, String> fields, String color, Double x, Double y,
                            Long version) {
    }

    record LockRequest(Boolean locked) {
    }

    record PhaseRequest(String phase) {
    }

    /** The session: phase (with the template's agenda), locks and the vote's settings. */
    record SessionResponse(String phase, List<String> agenda, boolean locked, List<String> lockedZones,
                           boolean privateWriting, boolean anonymous, VoteSettings vote, TimerResponse timer,
                           String spotlightCardId) {
        static SessionResponse of(Board board, BoardTemplate template) {
            TimerState t = board.getTimer();
            return new SessionResponse(board.getPhase().id(), template.agenda(), board.isLocked(),
                    board.getLockedZones().stream().sorted().toList(), board.isPrivateWriting(), board.isAnonymous(),
                    board.getVote(), new TimerResponse(t.running(), t.durationMs(), t.remainingAt(Instant.now())),
                    board.getSpotlightCardId());
        }
    }

    /** The countdown as of this answer: running or not, its length and what remains (milliseconds). */
    record TimerResponse(boolean running, long durationMs, long remainingMs) {
    }

    record TimerRequest(String action, Integer seconds) {
    }

    record SpotlightRequest(String cardId) {
    }

    record PresentRequest(String zone, Integer seconds) {
    }

    record SettingsRequest(Boolean privateWriting, Boolean anonymous) {
    }

    static boolean showVotes(Board board) {
        return board.getVote().round() > 0 && board.getVote().totalsVisible();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BoardResponse(String id, String title, String template, String language, Instant createdAt,
                         SessionResponse session,
                         List<ZoneResponse> zones, List<CardResponse> cards) {
    }

    record ZoneResponse(String id, Map<String, String> label, Map<String, String> hint, List<FieldResponse> fields) {
    }

    record FieldResponse(String id, boolean main, Map<String, String> label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CardResponse(String id, String zone, String text, Map<String, String> fields, String color, double x,
                        double y, String author, boolean locked, Integer votes, String status, Integer priority,
                        String group, List<String> evidence, Integer comments, Boolean hidden, Instant createdAt,
                        Instant updatedAt, long version) {
        static CardResponse of(Card c) {
            return of(c, false);
        }

        /** {@code votes} only when totals may be shown (not during a vote with hidden totals). */
        static CardResponse of(Card c, boolean showVotes) {
            return new CardResponse(c.getId(), c.getZone(), c.getText(), c.getFields(), c.getColor(), c.getX(),
                    c.getY(), c.getAuthor(), c.isLocked(), showVotes ? c.getVotes() : null,
                    c.getStatus() == null ? null : c.getStatus().id(), c.getPriority(), c.getGroup(),
                    c.getEvidence().isEmpty() ? null : c.getEvidence(), c.getComments() == 0 ? null : c.getComments(),
                    c.isHidden() ? true : null,
                    c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
        }
    }

    record OpenVoteRequest(Integer budget, Integer maxPerCard, Boolean hideTotals) {
    }

    record VoteRequest(Integer delta) {
    }

    record StatusRequest(String status) {
    }

    record OrderRequest(List<String> order) {
    }

    /** The vote's settings and, for the caller, their own dots. */
    record VoteResponse(boolean open, int round, int budget, Integer maxPerCard, boolean hideTotals, int spent,
                        Map<String, Integer> myVotes) {
    }

    static BoardResponse board(Board board, BoardTemplate template, List<Card> cards, I18NProvider i18n) {
        List<ZoneResponse> zones = template.zones().stream().map(z -> zone(template, z, i18n)).toList();
        return new BoardResponse(board.getId(), board.getTitle(), board.getTemplateId(),
                board.getLanguage().getLanguage(), board.getCreatedAt(),
                SessionResponse.of(board, template), zones,
                cards == null ? null : cards.stream().map(c -> CardResponse.of(c, showVotes(board))).toList());
    }

    private static ZoneResponse zone(BoardTemplate template, ZoneDefinition zone, I18NProvider i18n) {
        List<FieldResponse> fields = zone.fields().stream()
                .map(f -> field(template, f, i18n)).toList();
        return new ZoneResponse(zone.id(), translations(template.zoneLabelKey(zone.id()), i18n),
                translations(template.zoneHintKey(zone.id()), i18n), fields);
    }

    private static FieldResponse field(BoardTemplate template, FieldDefinition field, I18NProvider i18n) {
        return new FieldResponse(field.id(), field.main(), translations(template.fieldLabelKey(field.id()), i18n));
    }

    private static Map<String, String> translations(String key, I18NProvider i18n) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Locale locale : i18n.getProvidedLocales()) {
            byLanguage.put(locale.toLanguageTag(), i18n.getTranslation(key, locale));
        }
        return byLanguage;
    }
}
