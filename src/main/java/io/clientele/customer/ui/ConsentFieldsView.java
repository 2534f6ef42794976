package io.clientele.customer.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.LabelListView;
import io.clientele.base.ui.Nav;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** Settings → Consent fields: the GDPR consents the tenant records per customer; ADMIN manages them. */
@Menu(order = Nav.SETTINGS + 16, title = "nav.consent-fields", icon = "vaadin:check-square-o")
@Route("settings/consent-fields")
@RolesAllowed(Roles.VIEWER)
public class ConsentFieldsView extends LabelListView<ConsentField> {
    private final ConsentService consents;

    public ConsentFieldsView(ConsentService consents) {
        super(
                "settings/consent-fields",
                "consent-field",
                "consents",
                "nav.consent-fields",
                CurrentUser.require().has(Role.ADMIN));
        this.consents = consents;
    }

    @Override
    protected List<ConsentField> list(String search, Pageable page) {
        return consents.list(search, page);
    }

    @Override
    protected long count(String search) {
        return consents.count(search);
    }

    @Override
    protected Map<Long, Long> memberCounts() {
        return consents.memberCounts();
    }

    @Override
    protected void create(String name) {
        consents.create(name);
    }

    @Override
    protected void rename(long id, String name) {
        consents.rename(id, name);
    }

    @Override
    protected void delete(long id) {
        consents.delete(id);
    }

    @Override
    protected long id(ConsentField f) {
        return f.getId();
    }

    @Override
    protected String name(ConsentField f) {
        return f.getName();
    }

    @Override
    protected Instant createdAt(ConsentField f) {
        return f.getCreatedAt();
    }
}
