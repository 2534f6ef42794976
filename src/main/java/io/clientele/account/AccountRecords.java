package io.clientele.account;

import io.clientele.base.ActionRefusedException;
import io.clientele.customer.Customer;
import io.clientele.messaging.NotificationService;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the account services share: finding an account, the page's action rules, rows with their admins, notices. */
@Component
class AccountRecords {
    private final CustomerAccountRepository accounts;
    private final UserAccountService users;
    private final NotificationService notifications;

    AccountRecords(CustomerAccountRepository accounts, UserAccountService users, NotificationService notifications) {
        this.accounts = accounts;
        this.users = users;
        this.notifications = notifications;
    }

    Customer account(long id) {
        return accounts.findById(id)
                .filter(c -> c.getOrganizationId() != null)
                .orElseThrow(() -> new NoSuchElementException("Customer account " + id));
    }

    static void require(Customer c, AccountAction action) {
        if (!AccountAction.allowed(c.isDeleted(), c.isAllowSharedBilling()).contains(action)) {
            throw new ActionRefusedException(
                    "account.refused." + action.name().toLowerCase(Locale.ROOT), c.getDisplayName());
        }
    }

    void notifyAdmin(Customer account, String key, Object... args) {
        if (account.getUserAccountId() != null) {
            users.findInTenant(account.getUserAccountId()).ifPresent(u -> notifications.notify(u, key, args));
        }
    }

    List<AccountRow> rows(List<Customer> page) {
        Map<Long, UserAccount> admins = users.findAllInTenant(page.stream()
                .map(Customer::getUserAccountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream()
                .map(c -> row(c, c.getUserAccountId() == null ? null : admins.get(c.getUserAccountId())))
                .toList();
    }

    static AccountRow row(Customer c, UserAccount admin) {
        return new AccountRow(
                c.getId(),
                c.getOrganizationId(),
                c.getDisplayName(),
                c.getCustomerNumber(),
                c.getStatus(),
                c.getDeletedAt(),
                admin == null ? null : admin.fullName(),
                c.isAllowSharedBilling());
    }
}
