package app.atelier.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

@Configuration
public class I18nConfiguration {
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /**
     * The {@link TextSource}s first (texts that are data: the labels of templates facilitators made), then the
     * bundles. The sources are looked up once, on first use (they may depend on beans that translate).
     */
    @Bean
    public I18NProvider i18nProvider(ObjectProvider<TextSource> sources) {
        Supplier<List<TextSource>> known = SingletonSupplier.of(() -> sources.orderedStream().toList());
        return new DefaultI18NProvider(LOCALES) {
            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                if (key != null) {
                    for (TextSource source : known.get()) {
                        Optional<String> text = source.text(key, locale);
                        if (text.isPresent()) {
                            return text.get();
                        }
                    }
                }
                return super.getTranslation(key, locale, params);
            }
        };
    }
}
