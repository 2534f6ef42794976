package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.directory.DirectoryTestData;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Role;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people open the same record and both save: for every record with an edit form, the first save wins, the
 * second is refused with "Someone else saved this record…" and changes nothing.
 */
class ConcurrentEditsTest extends DatabaseTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    ContactService contacts;

    @Autowired
    PriceSheetService sheets;

    @Autowired
    AddressService addresses;

    /** A record kind: how to create one, open its form, change the form's name field, save, and read the name. */
    private record Kind<D>(
            String name,
            LongSupplier create,
            LongFunction<D> open,
            BiConsumer<D, String> rename,
            Saver<D> save,
            LongFunction<String> stored) {}

    private interface Saver<D> {
        void save(long id, D draft);
    }

    private List<Kind<?>> kinds(long tenant) {
        return List.of(
                new Kind<CustomerDraft>(
                        "customer",
                        () -> data.customer(tenant, "Ada", "Lovelace", null, null, CustomerStatus.ACTIVE),
                        customers::draftOf,
                        CustomerDraft::setFirstName,
                        customers::update,
                        id -> customers.details(id).orElseThrow().firstName()),
                new Kind<OrganizationDraft>(
                        "organization",
                        () -> organizations.create(AccountTestData.draft("Fjord AS")),
                        organizations::draftOf,
                        OrganizationDraft::setName,
                        organizations::update,
                        id -> organizations.find(id).orElseThrow().getName()),
                new Kind<ContactDraft>(
                        "contact",
                        () -> new DirectoryTestData(contacts).contact("Kari", "Nordmann", null, null, null),
                        contacts::draftOf,
                        ContactDraft::setFirstName,
                        (id, d) -> contacts.updateContact(id, d, null),
                        id -> contacts.contact(id).orElseThrow().getFirstName()),
                new Kind<PriceSheetDraft>(
                        "price sheet",
                        () -> {
                            PriceSheetDraft d = new PriceSheetDraft();
                            d.setName("Standard");
                            return sheets.save(null, d);
                        },
                        sheets::draftOf,
                        PriceSheetDraft::setName,
                        sheets::save,
                        id -> sheets.find(id).orElseThrow().getName()),
                addressKind(data.customer(tenant, "Address", "Owner", null, null, CustomerStatus.ACTIVE)));
    }

    /** An address of a customer; its "name" is its first line. */
    private Kind<AddressDraft> addressKind(long owner) {
        return new Kind<>(
                "address",
                () -> {
                    AddressDraft d = new AddressDraft();
                    d.setLine1("Storgata 1");
                    d.setPostCode("0150");
                    d.setCity("Oslo");
                    return addresses.saveAddress(OwnerType.CUSTOMER, owner, null, d);
                },
                id -> addresses.draftOf(OwnerType.CUSTOMER, owner, id),
                AddressDraft::setLine1,
                (id, d) -> addresses.saveAddress(OwnerType.CUSTOMER, owner, id, d),
                id -> addresses.draftOf(OwnerType.CUSTOMER, owner, id).getLine1());
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        for (Kind<?> kind : kinds(tenant)) {
            check(kind);
        }
    }

    private <D> void check(Kind<D> kind) {
        long id = kind.create().getAsLong();
        D mine = kind.open().apply(id);
        D theirs = kind.open().apply(id);
        kind.rename().accept(mine, "First save");
        kind.save().save(id, mine);
        kind.rename().accept(theirs, "Second save");
        assertThatThrownBy(() -> kind.save().save(id, theirs))
                .as(kind.name())
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(Messages.text(java.util.Locale.ENGLISH, e.getMessage()))
                        .as(kind.name())
                        .startsWith("Someone else saved this record"));
        assertThat(kind.stored().apply(id)).as(kind.name()).isEqualTo("First save");
        // Opened again, the form holds the first save and saves cleanly.
        D fresh = kind.open().apply(id);
        kind.rename().accept(fresh, "Third save");
        kind.save().save(id, fresh);
        assertThat(kind.stored().apply(id)).as(kind.name()).isEqualTo("Third save");
    }
}
