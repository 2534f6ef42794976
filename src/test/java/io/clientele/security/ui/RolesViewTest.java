package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import io.clientele.security.RoleRules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Roles page lists what the services enforce: filtered to SUPPORT, only what SUPPORT may do, and all of it. */
class RolesViewTest extends KaribuTest {
    @Autowired
    RoleRules rules;

    @Test
    void whatSupportMayDoIsWhatTheServicesLetSupportDo() {
        login(data.staff(data.tenant(), Role.ADMIN));
        UI.getCurrent().navigate("settings/roles", QueryParameters.of("for", "SUPPORT"));
        RolesView view = _get(RolesView.class);
        assertThat(view.paged().total())
                .isEqualTo(rules.endpoints().values().stream()
                        .filter(e -> e.allows(Role.SUPPORT))
                        .map(e -> e.name().replaceFirst("Service$", "") + "."
                                + e.method().getName())
                        .distinct()
                        .count())
                .isGreaterThan(20);
        assertThat(GridKt._findAll(view.paged().getGrid())).allMatch(a -> a.allows(Role.SUPPORT));

        UI.getCurrent().navigate("settings/roles", QueryParameters.of("q", "unlock"));
        view = _get(RolesView.class);
        assertThat(GridKt._findAll(view.paged().getGrid()))
                .extracting(RolesView.Action::action, RolesView.Action::least)
                .contains(org.assertj.core.groups.Tuple.tuple("LoginAttempts.unlock", Role.SUPPORT));
        assertThat(view.paged().total()).isLessThan(5);
        assertThat(Set.of(RolesView.COLUMNS.toArray())).doesNotContain(Role.SYSTEM_ADMIN);
    }
}
