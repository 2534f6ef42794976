package io.clientele.customer.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.LabelListView;
import io.clientele.base.ui.Nav;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** Settings → Teams: an OWNER creates, renames and deletes the staff teams that serve customers. */
@Menu(order = Nav.SETTINGS + 10, title = "nav.teams", icon = "vaadin:group")
@Route("settings/teams")
@RolesAllowed(Roles.VIEWER)
public class TeamsView extends LabelListView<Team> {
    private final TeamService teams;

    public TeamsView(TeamService teams) {
        super(
                "settings/teams",
                "team",
                "teams",
                "nav.teams",
                CurrentUser.require().has(Role.OWNER));
        this.teams = teams;
    }

    @Override
    protected List<Team> list(String search, Pageable page) {
        return teams.list(search, page);
    }

    @Override
    protected long count(String search) {
        return teams.count(search);
    }

    @Override
    protected Map<Long, Long> memberCounts() {
        return teams.memberCounts();
    }

    @Override
    protected void create(String name) {
        teams.create(name);
    }

    @Override
    protected void rename(long id, String name) {
        teams.rename(id, name);
    }

    @Override
    protected void delete(long id) {
        teams.delete(id);
    }

    @Override
    protected long id(Team t) {
        return t.getId();
    }

    @Override
    protected String name(Team t) {
        return t.getName();
    }

    @Override
    protected Instant createdAt(Team t) {
        return t.getCreatedAt();
    }
}
