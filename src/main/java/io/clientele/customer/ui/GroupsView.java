package io.clientele.customer.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.LabelListView;
import io.clientele.base.ui.Nav;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.GroupService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** Settings → Groups: the labels customers are filtered and bulk-assigned by; ADMIN manages them. */
@Menu(order = Nav.SETTINGS + 15, title = "nav.groups", icon = "vaadin:tags")
@Route("settings/groups")
@RolesAllowed(Roles.VIEWER)
public class GroupsView extends LabelListView<CustomerGroup> {
    private final GroupService groups;

    public GroupsView(GroupService groups) {
        super(
                "settings/groups",
                "group",
                "groups",
                "nav.groups",
                CurrentUser.require().has(Role.ADMIN));
        this.groups = groups;
    }

    @Override
    protected List<CustomerGroup> list(String search, Pageable page) {
        return groups.list(search, page);
    }

    @Override
    protected long count(String search) {
        return groups.count(search);
    }

    @Override
    protected Map<Long, Long> memberCounts() {
        return groups.memberCounts();
    }

    @Override
    protected void create(String name) {
        groups.create(name);
    }

    @Override
    protected void rename(long id, String name) {
        groups.rename(id, name);
    }

    @Override
    protected void delete(long id) {
        groups.delete(id);
    }

    @Override
    protected long id(CustomerGroup g) {
        return g.getId();
    }

    @Override
    protected String name(CustomerGroup g) {
        return g.getName();
    }

    @Override
    protected Instant createdAt(CustomerGroup g) {
        return g.getCreatedAt();
    }
}
