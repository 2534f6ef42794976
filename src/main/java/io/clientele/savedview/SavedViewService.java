package io.clientele.savedview;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldErrors;
import io.clientele.base.Texts;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.UserPreferences;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views of every list: anyone on the staff saves their own; ADMIN may share one with the tenant. A view is
 * the list's query string, so it is also a link a colleague can open, and a bulk action or export over "all
 * matching" runs on exactly the view's customers. Each user may make one view their default for a list.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class SavedViewService {
    private static final String DEFAULT = "view.default.";

    private final SavedViewRepository views;
    private final UserPreferences preferences;
    private final AuditService audit;

    SavedViewService(SavedViewRepository views, UserPreferences preferences, AuditService audit) {
        this.views = views;
        this.preferences = preferences;
        this.audit = audit;
    }

    /** The user's own views of the list and those shared with the tenant, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> views(String path) {
        return views.visible(path, CurrentUser.require().userId());
    }

    /**
     * Saves the list's {@code query} as {@code name}; the user's view of that name on that list is replaced.
     * Sharing needs ADMIN.
     */
    public SavedView save(String path, String name, String query, boolean shared) {
        CurrentUser me = CurrentUser.require();
        String clean = Texts.trimToNull(name);
        FieldErrors errors = new FieldErrors();
        errors.require(clean != null, "name", "validation.required");
        errors.require(clean == null || clean.length() <= 100, "name", "validation.max-100");
        errors.plain("name", name);
        errors.require(query == null || query.length() <= 2000, "name", "view.too-long");
        errors.throwIfAny();
        if (shared && !me.has(Role.ADMIN)) {
            throw new ActionRefusedException("view.share-needs-admin");
        }
        SavedView view = views.findByOwnerIdAndListPathAndName(me.userId(), path, clean)
                .orElseGet(() -> new SavedView(me.userId(), me.getUsername(), path, clean));
        view.set(query == null ? "" : query, shared);
        views.save(view);
        audit.record(
                "VIEW_SAVED",
                "SAVED_VIEW",
                view.getId(),
                Summary.of(clean, path, shared ? 1 : 0),
                null,
                java.util.Map.of("query", view.getQuery()));
        return view;
    }

    /** Your own views; a shared view also by an ADMIN. */
    public void delete(long id) {
        CurrentUser me = CurrentUser.require();
        SavedView view = visible(id);
        if (view.getOwnerId() != me.userId() && !(view.isShared() && me.has(Role.ADMIN))) {
            throw new ActionRefusedException("view.delete-not-yours", view.getName());
        }
        views.delete(view);
        audit.record("VIEW_DELETED", "SAVED_VIEW", id, Summary.of(view.getName(), view.getListPath()), null, null);
    }

    /** Opens the list with this view when it is opened without a query; null clears the default. */
    public void setDefault(String path, Long id) {
        preferences.put(
                DEFAULT + path, id == null ? "" : String.valueOf(visible(id).getId()));
    }

    /** The user's default view of the list, while it still exists and they may still see it. */
    @Transactional(readOnly = true)
    public Optional<SavedView> defaultView(String path) {
        return preferences
                .get(DEFAULT + path)
                .filter(s -> !s.isBlank())
                .flatMap(s -> {
                    try {
                        return views.findById(Long.parseLong(s));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .filter(v -> v.getListPath().equals(path) && maySee(v));
    }

    private SavedView visible(long id) {
        return views.findById(id).filter(this::maySee).orElseThrow(() -> new NoSuchElementException("View " + id));
    }

    /** A view is its owner's, or everyone's in the tenant once shared (the tenant filter keeps other tenants out). */
    private boolean maySee(SavedView v) {
        return v.isShared() || v.getOwnerId() == CurrentUser.require().userId();
    }
}
