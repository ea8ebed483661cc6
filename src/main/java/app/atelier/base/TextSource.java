package app.atelier.base;

import java.util.Locale;
import java.util.Optional;

/**
 * Texts that are data rather than bundle entries (the labels of a template a facilitator made): the translation
 * provider asks these for a key its bundles do not have.
 */
public interface TextSource {
    Optional<String> text(String key, Locale locale);
}
