package io.clientele.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.*;
import io.clientele.audit.AuditService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.*;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerType;
import io.clientele.customer.TeamService;
import io.clientele.customer.ui.CustomerForm;
import io.clientele.directory.*;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;
import io.clientele.organization.ui.OrganizationForm;
import io.clientele.pricesheet.AssignedSheet;
import io.clientele.pricesheet.PriceSheet;
import io.clientele.pricesheet.PriceSheetItem;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.pricesheet.ui.PriceSheetFormat;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * users/{companies|contacts|customers}/{id}: the profile (editable), addresses, price sheets, sources, the
 * company's contacts or the contact's company, and the history from the audit trail.
 */
@Route("users/:kind(companies|contacts|customers)/:id(\\d+)")
@RolesAllowed(Roles.VIEWER)
public class DirectoryDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DirectoryService directory;
    private final OrganizationService organizations;
    private final CustomerService customers;
    private final TeamService teams;
    private final PriceSheetService sheets;
    private final AuditService audit;
    private final CurrentUser me = CurrentUser.require();
    private String kind;
    private long id;
    private String title = "";

    public DirectoryDetailView(DirectoryService directory, OrganizationService organizations, CustomerService customers,
                               TeamService teams, PriceSheetService sheets, AuditService audit) {
        this.directory = directory;
        this.organizations = organizations;
        this.customers = customers;
        this.teams = teams;
        this.sheets = sheets;
        this.audit = audit;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = event.getRouteParameters().get("kind").orElse("companies");
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("directory.back." + kind), UsersView.class,
                new RouteParameters("tab", kind));
        back.addClassName("back-link");
        add(back);
        boolean found = switch (kind) {
            case "contacts" -> directory.contact(id).map(c -> {
                renderContact(c);
                return true;
            }).orElse(false);
            case "customers" -> me.has(Role.BACKOFFICE) && customers.details(id)
                    .filter(d -> d.row().type() == CustomerType.INDIVIDUAL && !d.row().deleted()).map(d -> {
                        renderCustomer(d);
                        return true;
                    }).orElse(false);
            default -> directory.company(id).map(o -> {
                renderCompany(o);
                return true;
            }).orElse(false);
        };
        if (!found) {
            title = DetailBlocks.notFound(this);
        }
    }

    private void header(String name, String kindLabel, Component... extra) {
        title = name;
        HorizontalLayout header = new HorizontalLayout(new H2(name), new Badge(kindLabel, Badge.Tone.CONTRAST));
        header.add(extra);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("detail-header");
        add(header);
    }

    private void renderCompany(Organization o) {
        header(o.getName(), getTranslation("directory.company"));
        HorizontalLayout blocks = blocks();
        if (me.has(Role.ADMIN)) {
            OrganizationForm form = new OrganizationForm();
            blocks.add(profile(form, organizations.draftOf(id), d -> organizations.update(id, d)));
        } else {
            blocks.add(DetailBlocks.block(getTranslation("detail.profile"),
                    DetailBlocks.field(getTranslation("organization.org-number"), o.getOrgNumber()),
                    DetailBlocks.field(getTranslation("organization.city"), o.getCity())));
        }
        List<Contact> contacts = directory.contactsOf(id);
        Div people = DetailBlocks.block(getTranslation("directory.block.contacts", contacts.size()));
        people.setId("block-contacts");
        if (contacts.isEmpty()) {
            people.add(new Paragraph(getTranslation("directory.no-contacts")));
        }
        UnorderedList list = new UnorderedList();
        contacts.forEach(c -> list.add(new ListItem(new RouterLink(c.getDisplayName(), DirectoryDetailView.class,
                new RouteParameters(Map.of("kind", "contacts", "id", String.valueOf(c.getId())))))));
        people.add(list);
        blocks.add(people, sources(o.getSources()));
        add(blocks, addresses(OwnerType.ORGANIZATION), priceSheets(OwnerType.ORGANIZATION),
                DetailBlocks.activity(audit.history("ORGANIZATION", id, 50)));
    }

    private void renderContact(Contact c) {
        header(c.getDisplayName(), getTranslation("directory.contact"),
                Avatars.of(c.getDisplayName(), c.isHasPhoto() ? "avatars/contacts/" + c.getId() : null, c.getId()));
        HorizontalLayout blocks = blocks();
        if (me.has(Role.ADMIN)) {
            ContactForm form = new ContactForm(directory);
            blocks.add(profile(form, directory.draftOf(id), d -> directory.updateContact(id, d, form.photo())));
        }
        Div company = DetailBlocks.block(getTranslation("contact.company"));
        company.setId("block-company");
        if (c.getOrganizationId() == null) {
            company.add(new Paragraph(getTranslation("directory.no-company")));
        } else {
            directory.company(c.getOrganizationId()).ifPresent(o -> company.add(new RouterLink(o.getName(),
                    DirectoryDetailView.class, new RouteParameters(Map.of("kind", "companies",
                    "id", String.valueOf(o.getId()))))));
        }
        blocks.add(company, sources(c.getSources()));
        add(blocks, addresses(OwnerType.CONTACT), DetailBlocks.activity(audit.history("CONTACT", id, 50)));
    }

    private void renderCustomer(CustomerDetails d) {
        header(d.row().displayName(), getTranslation("directory.person"));
        HorizontalLayout blocks = blocks();
        if (me.has(Role.ADMIN)) {
            CustomerForm form = new CustomerForm(teams.all());
            blocks.add(profile(form, customers.draftOf(id), draft -> customers.update(id, draft)));
            form.fixType(CustomerType.INDIVIDUAL);
        }
        blocks.add(sources(List.of(d.source().name())));
        add(blocks, addresses(OwnerType.CUSTOMER), priceSheets(OwnerType.CUSTOMER),
                DetailBlocks.activity(audit.history("CUSTOMER", id, 50)));
    }

    private HorizontalLayout blocks() {
        HorizontalLayout blocks = new HorizontalLayout();
        blocks.setWidthFull();
        blocks.addClassName("detail-blocks");
        return blocks;
    }

    /** The profile block: the same form as the side panel, saved in place. */
    private <D> Component profile(EntityForm<D> form, D draft, java.util.function.Consumer<D> save) {
        Div block = DetailBlocks.block(getTranslation("detail.profile"));
        block.add(form);
        block.setId("block-profile");
        block.addClassName("wide");
        form.edit(draft);
        block.add(form.saveButton(getTranslation("action.save"), "save-profile", draft, save, () -> {
            Notifications.success(getTranslation("directory.saved"));
            render();
        }));
        return block;
    }

    private Component sources(List<String> sources) {
        Div block = DetailBlocks.block(getTranslation("directory.col.sources"),
                Chips.of(sources, s -> getTranslation("source." + s)));
        block.setId("block-sources");
        return block;
    }

    private Component addresses(OwnerType type) {
        Div block = DetailBlocks.block(getTranslation("directory.block.addresses"));
        block.setId("block-addresses");
        Grid<Address> grid = new Grid<>();
        grid.setId("address-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> {
            HorizontalLayout k = new HorizontalLayout(new Span(getTranslation("address.kind." + a.getKind())));
            if (a.isDefault()) {
                k.add(new Badge(getTranslation("address.default-badge"), Badge.Tone.SUCCESS));
            }
            return k;
        }).setHeader(getTranslation("address.kind")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(a -> Stream.of(a.getLine1(), a.getLine2()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("address.line1")).setFlexGrow(2);
        grid.addColumn(a -> a.getPostCode() + " " + a.getCity()).setHeader(getTranslation("address.city"));
        grid.addColumn(a -> CountryBox.name(a.getCountry()))
                .setHeader(getTranslation("organization.country"));
        grid.setEmptyStateText(getTranslation("address.none"));
        if (me.has(Role.ADMIN)) {
            grid.addComponentColumn(a -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    directory.removeAddress(type, id, a.getId());
                    render();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("address.remove"));
                return remove;
            }).setWidth("5rem").setFlexGrow(0);
            Button add = new Button(getTranslation("address.add"), VaadinIcon.PLUS.create(), e -> new AddressDialog(
                    getTranslation("address.add"), new AddressDraft(), d -> directory.saveAddress(type, id, null, d),
                    this::render).open());
            add.setId("add-address");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(add);
        }
        grid.setItems(directory.addresses(type, id));
        block.add(grid);
        return block;
    }

    private Component priceSheets(OwnerType type) {
        Div block = DetailBlocks.block(getTranslation("directory.block.price-sheets"));
        block.setId("block-price-sheets");
        LocalDate today = LocalDate.now(Formats.zone());
        List<AssignedSheet> assigned = sheets.assigned(type, id, today);
        Grid<AssignedSheet> grid = new Grid<>();
        grid.setId("price-sheet-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> {
            HorizontalLayout name = new HorizontalLayout(new Span(a.sheet().getName()));
            if (a.effective()) {
                name.add(new Badge(getTranslation("pricesheet.effective"), Badge.Tone.SUCCESS));
            }
            return name;
        }).setHeader(getTranslation("pricesheet.name")).setFlexGrow(2);
        grid.addColumn(a -> a.sheet().getCurrency()).setHeader(getTranslation("pricesheet.currency")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(a -> PriceSheetFormat.validity(a.sheet())).setHeader(getTranslation("pricesheet.validity"));
        grid.setEmptyStateText(getTranslation("pricesheet.none-assigned"));
        if (me.has(Role.ADMIN)) {
            grid.addComponentColumn(a -> {
                Button remove = new Button(getTranslation("pricesheet.unassign"), e -> {
                    sheets.unassign(type, id, a.sheet().getId());
                    render();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return remove;
            }).setWidth("9rem").setFlexGrow(0);
            ComboBox<PriceSheet> pick = new ComboBox<>();
            pick.setId("assign-price-sheet");
            pick.setPlaceholder(getTranslation("pricesheet.assign-placeholder"));
            pick.setItems(sheets.all());
            pick.setItemLabelGenerator(s -> s.getName() + " · " + s.getCurrency() + " · " + PriceSheetFormat.validity(s));
            pick.setWidth("24rem");
            Button assign = new Button(getTranslation("pricesheet.assign"), e -> {
                if (pick.getValue() == null) {
                    return;
                }
                try {
                    sheets.assign(type, id, pick.getValue().getId());
                    render();
                } catch (ActionRefusedException ex) {
                    Notifications.refused(ex);
                }
            });
            assign.setId("assign-price-sheet-button");
            HorizontalLayout bar = new HorizontalLayout(pick, assign);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            block.add(bar);
        }
        grid.setItems(assigned);
        block.add(grid);
        assigned.stream().filter(AssignedSheet::effective).findFirst().ifPresent(a -> block.add(
                new H4(getTranslation("pricesheet.effective-items", a.sheet().getName())), itemGrid(a.sheet())));
        return block;
    }

    private Component itemGrid(PriceSheet sheet) {
        Grid<PriceSheetItem> items = new Grid<>();
        items.setId("effective-items");
        items.setAllRowsVisible(true);
        items.addColumn(PriceSheetItem::getProductCode).setHeader(getTranslation("pricesheet.product-code"));
        items.addColumn(PriceSheetItem::getDescription).setHeader(getTranslation("pricesheet.description")).setFlexGrow(2);
        items.addColumn(i -> PriceSheetFormat.price(i.getUnitPrice(), sheet.getCurrency()))
                .setHeader(getTranslation("pricesheet.unit-price"));
        items.setItems(sheets.items(sheet.getId()));
        return items;
    }

    @Override
    public String getPageTitle() {
        return title + " · Clientele";
    }
}
