package io.clientele.customer.ui;

import io.clientele.base.ui.ListState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.*;
import io.clientele.audit.AuditService;
import io.clientele.base.ui.Avatars;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.Formats;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** customers/{id}: profile, teams, status, dates and the activity from the audit trail. */
@Route("customers/:id(\\d+)")
@RolesAllowed(Roles.VIEWER)
public class CustomerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CustomerService customers;
    private final AuditService audit;
    private String title = "";

    public CustomerDetailView(CustomerService customers, AuditService audit) {
        this.customers = customers;
        this.audit = audit;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        // Another tenant's id looks exactly like a missing one.
        CustomerDetails d = customers.details(id).orElse(null);
        removeAll();
        add(ListState.backLink(CustomerListView.ROUTE, getTranslation("detail.back")));
        if (d == null) {
            title = DetailBlocks.notFound(this);
            return;
        }
        CustomerRow r = d.row();
        title = r.displayName();
        H2 name = new H2(r.displayName());
        HorizontalLayout header = new HorizontalLayout(
                Avatars.of(r.displayName(), r.hasAvatar() ? "avatars/customers/" + r.id() : null, r.id()), name,
                CustomerBadges.status(r),
                new Badge(getTranslation("customer.type." + r.type()), Badge.Tone.CONTRAST));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("detail-header");
        add(header);

        Div profile = DetailBlocks.block(getTranslation("detail.profile"),
                field("customer.first-name", d.firstName()),
                field("customer.last-name", d.lastName()),
                field("customer.company-name", d.companyName()),
                field("customer.email", r.email()),
                field("customer.phone", r.phone()),
                field("detail.customer-number", d.customerNumber()),
                field("detail.source", getTranslation("source." + d.source())),
                field("customer.teams", r.allTeams() ? getTranslation("customer.all-teams") : String.join(", ", r.teams())));
        Div dates = DetailBlocks.block(getTranslation("detail.dates"),
                field("customers.col.createdAt", Formats.dateTime(r.createdAt())),
                field("detail.updated-at", Formats.dateTime(d.updatedAt())),
                field("customers.col.lastLoginAt", r.lastLoginAt() == null ? getTranslation("detail.never")
                        : Formats.dateTime(r.lastLoginAt())),
                field("detail.portal-login", d.loginEmail() == null ? getTranslation("detail.no-login") : d.loginEmail()),
                field("detail.staff-role", d.loginStaffRole() == null ? "—" : getTranslation("role." + d.loginStaffRole())));
        HorizontalLayout blocks = new HorizontalLayout(profile, dates);
        blocks.setWidthFull();
        blocks.addClassName("detail-blocks");
        add(blocks, DetailBlocks.activity(audit.history("CUSTOMER", r.id(), 50)));
    }


    private Component field(String labelKey, String value) {
        return DetailBlocks.field(getTranslation(labelKey), value);
    }

    @Override
    public String getPageTitle() {
        return title + " · Clientele";
    }
}
