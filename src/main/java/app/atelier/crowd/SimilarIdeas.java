package app.atelier.crowd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

/**
 * Which ideas look alike, by their words, with Apache Lucene: the board's language decides the analysis (French:
 * elisions such as "l'", stop words, light stemming; English: possessives, stop words, Porter stemming), and accents
 * are folded so "sécurisée" and "securisee" meet. Two texts look alike when one shares at least half of the other's
 * significant words. It only suggests: a facilitator decides what merges.
 */
@Component
public class SimilarIdeas {
    private static final String TEXT = "text";
    private static final String ID = "id";

    /** A text to compare, by its id (a card's, an idea's). */
    public record Text(String id, String text) {
    }

    /** The analysis of a language: what a text's significant words become before they are compared. */
    static Analyzer analyzer(Locale language) {
        boolean french = "fr".equals(language.getLanguage());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new LowerCaseFilter(source);
                if (french) {
                    words = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
                    words = new StopFilter(words, FrenchAnalyzer.getDefaultStopSet());
                    words = new FrenchLightStemFilter(words);
                } else {
                    words = new EnglishPossessiveFilter(words);
                    words = new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    words = new PorterStemFilter(words);
                }
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(words));
            }
        };
    }

    /** A text's significant words after analysis (each once). */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * For each probe, the texts of {@code among} that look like it, most alike first (at most {@code limit}; a probe
     * never matches itself).
     */
    public Map<String, List<String>> like(List<Text> among, List<Text> probes, Locale language, int limit) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (among.isEmpty() || probes.isEmpty()) {
            probes.forEach(p -> found.put(p.id(), List.of()));
            return found;
        }
        try (Analyzer analyzer = analyzer(language); ByteBuffersDirectory index = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(analyzer))) {
                for (Text text : among) {
                    Document document = new Document();
                    document.add(new StoredField(ID, text.id()));
                    document.add(new TextField(TEXT, text.text(), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(index)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Text probe : probes) {
                    found.put(probe.id(), search(searcher, terms(analyzer, probe.text()), probe.id(), limit));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> search(IndexSearcher searcher, Set<String> terms, String self, int limit)
            throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(t -> query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
        query.setMinimumNumberShouldMatch(Math.max(1, (terms.size() + 1) / 2)); // half of its words, at least
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), limit + 1).scoreDocs) {
            String id = searcher.storedFields().document(hit.doc).get(ID);
            if (!id.equals(self) && ids.size() < limit) {
                ids.add(id);
            }
        }
        return ids;
    }
}
