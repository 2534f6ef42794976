package io.clientele.account;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.LikePatterns;
import io.clientele.base.SpecificationQueries;
import io.clientele.customer.Customer;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared billing (product page 4): accounts that bill through another account. Each link is added or removed by an
 * ADMIN on the billing account, only while that account allows it; both accounts' customer admins are told.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SharedBilling {
    private final CustomerAccountRepository accounts;
    private final SharedBillingLinkRepository links;
    private final SpecificationQueries queries;
    private final AccountRecords records;
    private final AuditService audit;
    private final EntityManager em;

    SharedBilling(
            CustomerAccountRepository accounts,
            SharedBillingLinkRepository links,
            SpecificationQueries queries,
            AccountRecords records,
            AuditService audit,
            EntityManager em) {
        this.accounts = accounts;
        this.links = links;
        this.queries = queries;
        this.records = records;
        this.audit = audit;
        this.em = em;
    }

    /** One page of the accounts that bill through account {@code id}. */
    public List<AccountRow> sharedAccounts(long id, Pageable pageable) {
        return records.rows(queries.page(Customer.class, billedThrough(id), pageable));
    }

    public long countShared(long id) {
        return accounts.count(billedThrough(id));
    }

    private static Specification<Customer> billedThrough(long id) {
        return (root, query, cb) -> {
            Subquery<Long> shared = query.subquery(Long.class);
            Root<SharedBillingLink> link = shared.from(SharedBillingLink.class);
            shared.select(link.get("sharedCustomerId")).where(cb.equal(link.get("billingCustomerId"), id));
            return root.get("id").in(shared);
        };
    }

    /** Active accounts that may be added as shared accounts of {@code id}: not itself and billing through no one yet. */
    public List<Choice> shareChoices(long id, String search, int offset, int limit) {
        return em.createQuery(
                        "SELECT c FROM Customer c WHERE c.organizationId IS NOT NULL AND c.deletedAt IS NULL "
                                + "AND c.status = :active AND c.id <> :id AND (LOWER(c.displayName) LIKE :q ESCAPE '\\' "
                                + "OR c.customerNumber LIKE :q ESCAPE '\\') AND NOT EXISTS (SELECT 1 FROM SharedBillingLink l "
                                + "WHERE l.sharedCustomerId = c.id) ORDER BY c.displayName, c.id",
                        Customer.class)
                .setParameter("active", CustomerStatus.ACTIVE)
                .setParameter("id", id)
                .setParameter("q", LikePatterns.contains(search))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(SharedBilling::choice)
                .toList();
    }

    @Transactional
    public void addShared(long id, long sharedId) {
        Customer billing = records.account(id);
        AccountRecords.require(billing, AccountAction.MANAGE_SHARED);
        Customer shared = records.account(sharedId);
        if (sharedId == id) {
            throw new ActionRefusedException("account.refused.share-self", billing.getDisplayName());
        }
        if (shared.isDeleted() || shared.getStatus() != CustomerStatus.ACTIVE) {
            throw new ActionRefusedException("account.refused.share-not-active", shared.getDisplayName());
        }
        Optional<SharedBillingLink> existing = links.findBySharedCustomerId(sharedId);
        if (existing.isPresent()) {
            String through = accounts.findById(existing.get().getBillingCustomerId())
                    .map(Customer::getDisplayName)
                    .orElse("");
            throw new ActionRefusedException("account.refused.share-taken", shared.getDisplayName(), through);
        }
        try {
            links.saveAndFlush(new SharedBillingLink(id, sharedId));
        } catch (DataIntegrityViolationException e) {
            throw new ActionRefusedException("account.refused.share-taken", shared.getDisplayName(), "");
        }
        records.notifyAdmin(
                billing, "notification.share-added-billing", shared.getDisplayName(), billing.getDisplayName());
        records.notifyAdmin(
                shared, "notification.share-added-shared", shared.getDisplayName(), billing.getDisplayName());
        audit.record(
                "SHARED_ACCOUNT_ADDED",
                CustomerAccountService.ENTITY,
                id,
                Summary.of(shared.getDisplayName(), billing.getDisplayName()),
                null,
                Map.of("sharedAccount", shared.getDisplayName()));
    }

    @Transactional
    public void removeShared(long id, long sharedId) {
        Customer billing = records.account(id);
        AccountRecords.require(billing, AccountAction.MANAGE_SHARED);
        SharedBillingLink link = links.findByBillingCustomerIdAndSharedCustomerId(id, sharedId)
                .orElseThrow(
                        () -> new ActionRefusedException("account.refused.share-missing", billing.getDisplayName()));
        Customer shared = records.account(sharedId);
        links.delete(link);
        records.notifyAdmin(
                billing, "notification.share-removed-billing", shared.getDisplayName(), billing.getDisplayName());
        records.notifyAdmin(
                shared, "notification.share-removed-shared", shared.getDisplayName(), billing.getDisplayName());
        audit.record(
                "SHARED_ACCOUNT_REMOVED",
                CustomerAccountService.ENTITY,
                id,
                Summary.of(shared.getDisplayName(), billing.getDisplayName()),
                Map.of("sharedAccount", shared.getDisplayName()),
                null);
    }

    private static Choice choice(Customer c) {
        return new Choice(c.getId(), c.getDisplayName(), Objects.toString(c.getCustomerNumber(), ""));
    }
}
