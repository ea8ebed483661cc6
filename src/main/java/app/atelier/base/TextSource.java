package app.atelier.base;

import java.util.Locale;
import java.util.Optional;

/**
 * Texts that are data rather than bundle entries (the labels of a template a facilitator made): the translation
 * provider asks these first, so an answer must be quick and empty for any key that is not theirs.
 */
public interface TextSource {
    Optional<String> text(String key, Locale locale);
}
