package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ConcurrentEditException;
import jakarta.persistence.EntityNotFoundException;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place a failed click ends up: a record deleted meanwhile, a refused action or a concurrent edit
 * becomes a localized notification; anything else is logged with a reference the user can quote. The user
 * never sees a stack trace.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootCause(event.getThrowable());
        if (ui == null) {
            LOG.error("Error outside a UI", event.getThrowable());
            return;
        }
        switch (cause) {
            case ActionRefusedException refused -> Notifications.refused(refused);
            case ConcurrentEditException e -> Notifications.error(ui.getTranslation("error.concurrent-edit"));
            case ObjectOptimisticLockingFailureException e ->
                Notifications.error(ui.getTranslation("error.concurrent-edit"));
            case AccessDeniedException e -> {
                LOG.warn("Access denied in the UI: {}", e.getMessage());
                Notifications.error(ui.getTranslation("error.access-denied.action"));
            }
            case NoSuchElementException e -> Notifications.error(ui.getTranslation("error.record-gone"));
            case EntityNotFoundException e -> Notifications.error(ui.getTranslation("error.record-gone"));
            case EmptyResultDataAccessException e -> Notifications.error(ui.getTranslation("error.record-gone"));
            default -> {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Unexpected error, reference {}", reference, event.getThrowable());
                Notifications.error(ui.getTranslation("error.unexpected", reference));
            }
        }
    }

    /** The innermost cause that is one of ours or Spring's, past Vaadin's wrapping of listener invocations. */
    static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof ActionRefusedException
                        || current instanceof ConcurrentEditException
                        || current instanceof AccessDeniedException
                        || current instanceof ObjectOptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
