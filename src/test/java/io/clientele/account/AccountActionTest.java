package io.clientele.account;

import static io.clientele.account.AccountAction.DELETE;
import static io.clientele.account.AccountAction.EDIT;
import static io.clientele.account.AccountAction.MANAGE_SHARED;
import static io.clientele.account.AccountAction.PERMANENTLY_DELETE;
import static io.clientele.account.AccountAction.RECOVER;
import static io.clientele.account.AccountAction.VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Product page 4's table of row actions by state. */
class AccountActionTest {
    @Test
    void liveAccountsAreEditedAndSoftDeletedAndManageSharingOnlyWhenAllowed() {
        assertThat(AccountAction.allowed(false, false)).containsExactlyInAnyOrder(VIEW, EDIT, DELETE);
        assertThat(AccountAction.allowed(false, true)).containsExactlyInAnyOrder(VIEW, EDIT, DELETE, MANAGE_SHARED);
    }

    @Test
    void deletedAccountsAreViewedRecoveredOrPermanentlyDeletedOnly() {
        assertThat(AccountAction.allowed(true, true)).containsExactlyInAnyOrder(VIEW, RECOVER, PERMANENTLY_DELETE);
        assertThat(AccountAction.allowed(true, false)).containsExactlyInAnyOrder(VIEW, RECOVER, PERMANENTLY_DELETE);
    }
}
