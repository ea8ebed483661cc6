package app.atelier.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** French and English bundles in {@code vaadin-i18n/translations_*.properties}; English first as the fallback. */
@Configuration
public class I18nConfiguration {
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Bean
    public I18NProvider i18nProvider() {
        return new DefaultI18NProvider(LOCALES);
    }
}
