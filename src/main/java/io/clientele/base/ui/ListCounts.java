package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts a list's total after its rows are on screen: the count runs on a thread of its own, as the person who looks
 * at the list, and reaches the browser by server push. {@code clientele.ui.count-after-rows=false} counts in the
 * request instead (the UI unit tests, which have no push, read "of Z" at once).
 */
@Component
public class ListCounts {
    private static final Logger log = LoggerFactory.getLogger(ListCounts.class);

    private final boolean afterRows;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "list-count");
        t.setDaemon(true);
        return t;
    });

    ListCounts(@Value("${clientele.ui.count-after-rows:true}") boolean afterRows) {
        this.afterRows = afterRows;
    }

    /** The bean, for the list kit's components (which Spring does not make). */
    static ListCounts current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ListCounts.class);
    }

    /** Runs {@code count} and hands its result to {@code done} in {@code ui}'s session; now, or once it is known. */
    void count(UI ui, LongSupplier count, LongConsumer done) {
        if (!afterRows || ui == null || !ui.getPushConfiguration().getPushMode().isEnabled()) {
            done.accept(count.getAsLong());
            return;
        }
        SecurityContext who = SecurityContextHolder.getContext();
        threads.execute(() -> {
            SecurityContextHolder.setContext(who);
            try {
                long total = count.getAsLong();
                ui.access(() -> done.accept(total));
            } catch (RuntimeException e) {
                // Counted again in the session, so the failure reaches the person as any other does.
                log.warn("Counting a list in the background failed", e);
                ui.access(() -> done.accept(count.getAsLong()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
