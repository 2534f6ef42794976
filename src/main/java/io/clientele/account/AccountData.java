package io.clientele.account;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.CustomerData;
import io.clientele.base.CustomerRows;
import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A customer account is a customer with a company (organization) and may share billing with other accounts. Accounts
 * are never merged (the merge refuses them) nor erased (their people are); a company with an account is not deleted
 * for good while the account exists.
 */
@Component
class AccountData implements CustomerData {
    private final CustomerRows rows;

    AccountData(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> references() {
        return Set.of(
                "customer.organization_id",
                "shared_billing_link.billing_customer_id",
                "shared_billing_link.shared_customer_id");
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        // A person is never an account; see above.
    }

    @Override
    public void checkErasable(long tenant, long customerId) {
        if (rows.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM shared_billing_link WHERE tenant_id = ? "
                                        + "AND (billing_customer_id = ? OR shared_customer_id = ?)",
                                Integer.class,
                                tenant,
                                customerId,
                                customerId)
                > 0) {
            throw new ActionRefusedException("privacy.refused-shared-billing");
        }
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        // See checkErasable: nothing is left to erase once it passed.
    }

    @Override
    public void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        // See above: never merged.
    }

    @Override
    public void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved) {
        // See above: never merged.
    }

    @Override
    public void purge(long tenant, OwnerType kind, long id) {
        if (kind == OwnerType.ORGANIZATION
                && rows.jdbc()
                                .queryForObject(
                                        "SELECT count(*) FROM customer "
                                                + "WHERE tenant_id = ? AND organization_id = ?",
                                        Integer.class,
                                        tenant,
                                        id)
                        > 0) {
            String name = rows.jdbc()
                    .queryForObject(
                            "SELECT name FROM organization WHERE tenant_id = ? AND id = ?", String.class, tenant, id);
            throw new ActionRefusedException("trash.refused-organization-account", name);
        }
    }
}
