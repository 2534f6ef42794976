package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;

/** The lists' "Download CSV" button: the file streams from the service straight into the response. */
public final class CsvDownload {
    /** Writes the file in the user's language. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, Locale locale) throws IOException;
    }

    private CsvDownload() {}

    public static Anchor button(String caption, String id, Supplier<String> fileName, Writer writer) {
        Button button = new Button(caption, VaadinIcon.DOWNLOAD.create());
        // The link is what the keyboard reaches; the button inside only shows it.
        button.setTabIndex(-1);
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName.get());
                    event.setContentType("text/csv; charset=UTF-8");
                    writer.write(event.getOutputStream(), event.getUI().getLocale());
                },
                "");
        download.setDownload(true);
        download.add(button);
        download.setId(id);
        return download;
    }
}
