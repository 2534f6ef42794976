package io.clientele.booking.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.LabelListView;
import io.clientele.base.ui.Nav;
import io.clientele.booking.BookableService;
import io.clientele.booking.BookableServices;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** Settings → Booking services: what bookings are made for, with how many bookings each name has; ADMIN edits. */
@Menu(order = Nav.SETTINGS + 24, title = "nav.booking-services", icon = "vaadin:calendar-clock")
@Route("settings/booking-services")
@RolesAllowed(Roles.VIEWER)
public class BookableServicesView extends LabelListView<BookableService> {
    private final BookableServices services;

    public BookableServicesView(BookableServices services) {
        super(
                "settings/booking-services",
                "booking-service",
                "booking-services",
                "nav.booking-services",
                CurrentUser.require().has(Role.ADMIN));
        this.services = services;
    }

    @Override
    protected List<BookableService> list(String search, Pageable page) {
        return services.list(search, page);
    }

    @Override
    protected long count(String search) {
        return services.count(search);
    }

    @Override
    protected Map<Long, Long> memberCounts() {
        return services.memberCounts();
    }

    @Override
    protected void create(String name) {
        services.create(name);
    }

    @Override
    protected void rename(long id, String name) {
        services.rename(id, name);
    }

    @Override
    protected void delete(long id) {
        services.delete(id);
    }

    @Override
    protected long id(BookableService s) {
        return s.getId();
    }

    @Override
    protected String name(BookableService s) {
        return s.getName();
    }

    @Override
    protected Instant createdAt(BookableService s) {
        return s.getCreatedAt();
    }
}
