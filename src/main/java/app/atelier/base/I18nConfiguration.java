package app.atelier.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class I18nConfiguration {
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** The bundles first; a key they lack is asked of the {@link TextSource}s (custom templates' labels). */
    @Bean
    public I18NProvider i18nProvider(ObjectProvider<TextSource> sources) {
        return new DefaultI18NProvider(LOCALES) {
            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                if (key != null && key.startsWith("template.custom-")) {
                    for (TextSource source : sources) {
                        var text = source.text(key, locale);
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
