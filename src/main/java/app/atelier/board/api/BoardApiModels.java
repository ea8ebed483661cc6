package app.atelier.board.api;

import app.atelier.board.Board;
import app.atelier.board.Card;
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BoardResponse(String id, String title, String workspace, String template, String language,
                         Instant createdAt,
                         SessionResponse session,
                         List<ZoneResponse> zones, List<CardResponse> cards) {
    }

    record ZoneResponse(String id, Map<String, String> label, Map<String, String> hint, List<FieldResponse> fields) {
    }

    record FieldResponse(String id, boolean main, Map<String, String> label) {
    }

    static BoardResponse board(Board board, BoardTemplate template, List<Card> cards, I18NProvider i18n) {
        List<ZoneResponse> zones = template.zones().stream().map(z -> zone(template, z, i18n)).toList();
        return new BoardResponse(board.getId(), board.getTitle(), board.getWorkspaceId(), board.getTemplateId(),
                board.getLanguage().getLanguage(), board.getCreatedAt(),
                SessionResponse.of(board, template), zones,
                cards == null ? null
                        : cards.stream().map(c -> CardResponse.of(c, board.getVote().totalsShown())).toList());
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
