package io.clientele.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Plain CSS through @StyleSheet: no front-end bundle rebuild, so no Node.js is needed. Server push lets background
 * jobs (bulk actions, exports) report progress while they run.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/clientele.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "32x32");
    }
}
