package app.atelier.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Which ideas look alike, in French and in English: stemming, stop words, elisions, accents. */
class SimilarIdeasTest {
    private final SimilarIdeas similar = new SimilarIdeas();

    private static SimilarIdeas.Text t(String id, String text) {
        return new SimilarIdeas.Text(id, text);
    }

    @Test
    void frenchWordsMeetAcrossPluralsElisionsStopWordsAndMissingAccents() {
        try (Analyzer french = SimilarIdeas.analyzer(Locale.FRENCH)) {
            assertThat(SimilarIdeas.terms(french, "Des pistes cyclables sécurisées à l’école"))
                    .isEqualTo(SimilarIdeas.terms(french, "une piste cyclable securisee pour l'ecole"));
            assertThat(SimilarIdeas.terms(french, "le la les des du de")).as("stop words only").isEmpty();
        }
        List<SimilarIdeas.Text> board = List.of(t("velo", "Des pistes cyclables sécurisées"),
                t("bus", "Une navette le soir après 21 h"), t("arbres", "Planter des arbres dans la cour"));
        Map<String, List<String>> found = similar.like(board, List.of(t("idea", "une piste cyclable securisee"),
                t("other", "Un marché de producteurs le samedi")), Locale.FRENCH, 3);
        assertThat(found.get("idea")).containsExactly("velo");
        assertThat(found.get("other")).as("nothing in common").isEmpty();
    }

    @Test
    void englishWordsMeetAcrossPluralsAndPossessivesAndTheBestComesFirst() {
        List<SimilarIdeas.Text> board = List.of(t("parks", "More trees in the city's parks"),
                t("tree", "Plant a tree"), t("night", "A night bus after 9 pm"));
        Map<String, List<String>> found = similar.like(board, List.of(t("idea", "Plant trees in our park")),
                Locale.ENGLISH, 3);
        assertThat(found.get("idea")).containsExactlyInAnyOrder("parks", "tree").doesNotContain("night");
    }

    @Test
    void aTextNeverLooksLikeItself() {
        List<SimilarIdeas.Text> texts = List.of(t("a", "Un jardin partagé"), t("b", "Des jardins partagés"));
        assertThat(similar.like(texts, texts, Locale.FRENCH, 5)).containsEntry("a", List.of("b"))
                .containsEntry("b", List.of("a"));
    }
}
