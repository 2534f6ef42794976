package io.clientele.privacy.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.ui.CustomerTab;
import io.clientele.privacy.PersonalDataService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import org.springframework.stereotype.Component;

/** The customer's Privacy tab (export, legal hold, erasure): ADMIN. */
@Component
class PrivacyTabs implements CustomerTab {
    private final PersonalDataService privacy;

    PrivacyTabs(PersonalDataService privacy) {
        this.privacy = privacy;
    }

    @Override
    public int order() {
        return AFTER_ACTIVITY + 10;
    }

    @Override
    public void addTo(DetailPage page, CustomerRow customer, Runnable changed) {
        if (CurrentUser.require().has(Role.ADMIN)) {
            page.tab(
                    "privacy",
                    page.getTranslation("tab.privacy"),
                    () -> new PrivacyTab(privacy, customer.id(), changed));
        }
    }
}
