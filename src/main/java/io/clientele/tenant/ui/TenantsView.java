package io.clientele.tenant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantDraft;
import io.clientele.tenant.TenantLifecycle;
import io.clientele.tenant.TenantLifecycle.TenantRow;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * Settings → Tenants (SYSTEM_ADMIN), the platform operator's home: every tenant with its size and state; New tenant
 * invites its first owner; Open works inside it; suspend, resume and, after the grace period, delete.
 */
@Menu(order = Nav.SETTINGS + 1, title = "nav.tenants", icon = "vaadin:building")
@Route("settings/tenants")
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class TenantsView extends ListView {
    static final String ROUTE = "settings/tenants";

    private final TenantLifecycle lifecycle;
    private final TenantService tenants;
    private final PagedGrid<TenantRow> paged = new PagedGrid<>(new Grid<>());
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("tenants.search"));

    /** New tenant: name and colour of its portal, and its first owner's address. */
    static class TenantForm extends EntityForm<TenantDraft> {
        final TextField name = new TextField(getTranslation("tenants.col.name"));
        final TextField brandColor = new TextField(getTranslation("tenants.color"));
        final EmailField ownerEmail = new EmailField(getTranslation("tenants.owner-email"));

        TenantForm() {
            super(TenantDraft.class);
            setId("tenant-form");
            name.setId("tenant-name");
            brandColor.setId("tenant-color");
            ownerEmail.setId("tenant-owner");
            name.setRequiredIndicatorVisible(true);
            name.setHelperText(getTranslation("tenants.name-help"));
            brandColor.setPlaceholder("#1676f3");
            brandColor.setHelperText(getTranslation("tenants.color-help"));
            ownerEmail.setRequiredIndicatorVisible(true);
            ownerEmail.setHelperText(getTranslation("tenants.owner-help"));
            setResponsiveSteps(new ResponsiveStep("0", 1));
            add(name, brandColor, ownerEmail);
            bind(Map.of("name", name, "brandColor", brandColor, "ownerEmail", ownerEmail), name);
        }
    }

    public TenantsView(TenantLifecycle lifecycle, TenantService tenants) {
        super("nav.tenants");
        this.lifecycle = lifecycle;
        this.tenants = tenants;
        addClassName("list-view");
        setSizeFull();
        Button add = new Button(getTranslation("tenants.new"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("add-tenant");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("tenant-search");
        paged.getGrid().setId("tenants");
        paged.addColumn("name", TenantRow::name, "tenants.col.name").setFlexGrow(2);
        paged.addColumn("customers", r -> Formats.number(r.customers()), "tenants.col.customers", "9rem", 0);
        paged.addColumn("staff", r -> Formats.number(r.staff()), "tenants.col.staff", "7rem", 0);
        paged.addColumn("createdAt", r -> Formats.date(r.createdAt()), "tenants.col.created", "9rem", 0);
        paged.addColumn(
                "state",
                new ComponentRenderer<>(r -> r.suspended()
                        ? new Badge(getTranslation("tenants.state.suspended"), Badge.Tone.WARNING)
                        : new Badge(getTranslation("tenants.state.active"), Badge.Tone.SUCCESS)),
                "tenants.col.state",
                "9rem",
                0);
        RowActions.addTo(paged.getGrid(), this::actionsFor, r -> getTranslation("customers.actions-for", r.name()));
        paged.onOpen(this::open);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("tenants.empty")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, lifecycle::list, lifecycle::count);
        paged.setDefaultSort("name", SortDirection.ASCENDING);
        HorizontalLayout body = ListPage.body(paged, panel);
        add(ListPage.toolbar(getTranslation("nav.tenants"), search, add), state.chips(), body);
        setFlexGrow(1, body);
    }

    List<RowActions.Action> actionsFor(TenantRow r) {
        return List.of(
                new RowActions.Action(getTranslation("tenants.open"), () -> open(r), "open"),
                new RowActions.Action(getTranslation("tenants.rename"), () -> rename(r), "rename"),
                r.suspended()
                        ? new RowActions.Action(getTranslation("tenants.resume"), () -> suspend(r, false), "resume")
                        : new RowActions.Action(getTranslation("tenants.suspend"), () -> suspend(r, true), "suspend"),
                new RowActions.Action(getTranslation("action.delete"), () -> delete(r), "delete"));
    }

    /** Works inside the tenant from its customer list, as the top bar's switcher does. */
    private void open(TenantRow r) {
        tenants.switchTo(r.id());
        UI.getCurrent().getPage().setLocation("customers");
    }

    private void create() {
        panel.openForm(
                getTranslation("tenants.new"),
                new TenantForm(),
                new TenantDraft(),
                getTranslation("action.create"),
                "save-tenant",
                d -> {
                    lifecycle.create(d, getLocale());
                    Notifications.success(
                            getTranslation("tenants.created", d.getName().trim(), d.getOwnerEmail()));
                    paged.refresh();
                });
    }

    private void rename(TenantRow r) {
        TextField name = new TextField(getTranslation("tenants.col.name"));
        name.setId("tenant-name-field");
        name.setValue(r.name());
        name.setWidthFull();
        Button save = SidePanel.primary(getTranslation("action.save"), () -> {
            try {
                lifecycle.rename(r.id(), name.getValue());
                Notifications.success(
                        getTranslation("tenants.renamed", name.getValue().trim()));
                panel.close();
                paged.refreshPage();
            } catch (FieldValidationException e) {
                name.setErrorMessage(getTranslation(e.getMessage(), e.args()));
                name.setInvalid(true);
            }
        });
        save.setId("save-tenant-name");
        panel.open(getTranslation("tenants.rename"), name, save);
        name.focus();
    }

    private void suspend(TenantRow r, boolean suspended) {
        Runnable change = () -> {
            lifecycle.setSuspended(r.id(), suspended);
            Notifications.success(getTranslation(suspended ? "tenants.suspended" : "tenants.resumed", r.name()));
            paged.refreshPage();
        };
        if (suspended) {
            Confirm.dangerous(
                    getTranslation("tenants.suspend-title"),
                    getTranslation("tenants.suspend-question", r.name()),
                    getTranslation("tenants.suspend"),
                    change);
        } else {
            change.run();
        }
    }

    private void delete(TenantRow r) {
        new TypedConfirmDialog(
                        getTranslation("tenants.delete-title"),
                        getTranslation("tenants.delete-question", r.name(), r.customers(), r.staff()),
                        TypedConfirmDialog.Effect.PERMANENT,
                        getTranslation("action.delete"),
                        () -> {
                            lifecycle.delete(r.id());
                            Notifications.success(getTranslation("tenants.deleted", r.name()));
                            if (tenants.current().isEmpty()) {
                                // The operator was working inside it: on to another, and the top bar follows.
                                tenants.first().ifPresent(t -> tenants.switchTo(t.getId()));
                                UI.getCurrent().getPage().reload();
                            }
                            paged.refresh();
                        })
                .open();
    }

    PagedGrid<TenantRow> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
