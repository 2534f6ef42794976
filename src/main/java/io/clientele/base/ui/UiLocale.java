package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.clientele.base.Languages;
import io.clientele.security.CurrentUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI speaks the user's profile language; before login, the browser's if we have it. The page's
 * {@code <html lang>} says the same, from the first byte (screen readers and browser translation read it).
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", current(response.getVaadinRequest()).toLanguageTag()));
        event.getSource().addUIInitListener(e -> apply(e.getUI(), current(VaadinRequest.getCurrent())));
    }

    static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    private static Locale current(VaadinRequest request) {
        return CurrentUser.get()
                .map(CurrentUser::locale)
                .orElseGet(() -> Languages.fromBrowser(request == null ? null : request.getLocale()));
    }
}
