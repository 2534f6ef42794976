package io.clientele.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.clientele.security.CurrentUser;
import org.springframework.stereotype.Component;
import java.util.List;
import java.util.Locale;

/** Every UI speaks the user's profile language; before login, the browser's if we have it. */
@Component
class UiLocale implements VaadinServiceInitListener {
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"));

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(CurrentUser.get().map(CurrentUser::locale)
                .orElseGet(() -> fromBrowser(VaadinRequest.getCurrent()))));
    }

    private static Locale fromBrowser(VaadinRequest request) {
        if (request == null) {
            return Locale.ENGLISH;
        }
        Locale browser = request.getLocale();
        boolean norwegian = browser != null && List.of("nb", "no", "nn").contains(browser.getLanguage());
        return norwegian ? Locale.forLanguageTag("nb") : Locale.ENGLISH;
    }
}
