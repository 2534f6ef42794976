package io.clientele.subscription;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Constraints;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.Money;
import io.clientele.security.Roles;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Plans: what portal customers can subscribe to. A plan that anyone ever subscribed to stays (their billing
 * history names it): it is retired instead of deleted, and a retired plan is no longer offered while its subscribers
 * keep it. A changed plan applies to every subscriber from their next period on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PlanCatalog {
    private static final String ENTITY = "PLAN";
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.name)",
            "minutesIncluded", "p.minutesIncluded",
            "price", "p.priceCents",
            "period", "p.period",
            "state", "p.active");

    /** A row of the list: the plan and how many subscriptions hold it now. */
    public record PlanRow(
            long id,
            String name,
            int minutesIncluded,
            long priceCents,
            String currency,
            PlanPeriod period,
            boolean active,
            long subscribers) {
        public BigDecimal price() {
            return BigDecimal.valueOf(priceCents, 2);
        }
    }

    private final PlanRepository plans;
    private final AuditService audit;
    private final EntityManager em;

    PlanCatalog(PlanRepository plans, AuditService audit, EntityManager em) {
        this.plans = plans;
        this.audit = audit;
        this.em = em;
    }

    public List<PlanRow> list(String search, Pageable page) {
        String order = page.getSort().stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return em.createQuery(
                        "SELECT new io.clientele.subscription.PlanCatalog$PlanRow(p.id, p.name, p.minutesIncluded, "
                                + "p.priceCents, p.currency, p.period, p.active, (SELECT count(s) FROM Subscription s "
                                + "WHERE s.planId = p.id AND s.status = io.clientele.subscription.Subscription.Status.ACTIVE)) "
                                + "FROM Plan p WHERE lower(p.name) LIKE :q ESCAPE '\\' ORDER BY "
                                + (order.isEmpty() ? "p.active DESC, p.priceCents" : order) + ", p.id",
                        PlanRow.class)
                .setParameter("q", LikePatterns.contains(search))
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
    }

    public long count(String search) {
        return em.createQuery("SELECT count(p) FROM Plan p WHERE lower(p.name) LIKE :q ESCAPE '\\'", Long.class)
                .setParameter("q", LikePatterns.contains(search))
                .getSingleResult();
    }

    public PlanDraft draftOf(long id) {
        Plan p = plan(id);
        PlanDraft d = new PlanDraft();
        d.setName(p.getName());
        d.setMinutesIncluded(p.getMinutesIncluded());
        d.setPrice(BigDecimal.valueOf(p.getPriceCents(), 2));
        d.setCurrency(p.getCurrency());
        d.setPeriod(p.getPeriod());
        d.setVersion(p.getVersion());
        return d;
    }

    /** Creates the plan ({@code id} null) or changes it; returns its id. */
    @Transactional
    public long save(Long id, PlanDraft d) {
        Plan p = id == null ? null : plan(id);
        if (p != null && p.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        FieldErrors errors = FieldErrors.of(d);
        BigDecimal price = d.getPrice();
        // A missing price is the form's own "required".
        errors.require(price == null || Money.isPrice(price), "price", "plans.price-invalid");
        errors.require(
                errors.has("currency") || Money.isKnownCurrency(d.getCurrency()), "currency", "validation.currency");
        String name = d.getName() == null ? "" : d.getName().trim();
        errors.require(
                errors.has("name") || !plans.existsByNameIgnoreCaseAndIdNot(name, id == null ? -1L : id),
                "name",
                "plans.name-taken");
        errors.throwIfAny();
        Map<String, Object> before = p == null ? null : state(p);
        if (p == null) {
            p = new Plan(name, d.getMinutesIncluded(), cents(price), d.getCurrency(), d.getPeriod());
        } else {
            p.update(name, d.getMinutesIncluded(), cents(price), d.getCurrency(), d.getPeriod());
        }
        try {
            plans.saveAndFlush(p);
        } catch (DataIntegrityViolationException e) {
            if (Constraints.broke(e, "uk_plan_name")) {
                throw new FieldValidationException("name", "plans.name-taken");
            }
            throw e;
        }
        audit.record(
                before == null ? "PLAN_CREATED" : "PLAN_UPDATED",
                ENTITY,
                p.getId(),
                Summary.of(name),
                before,
                state(p));
        return p.getId();
    }

    /** A retired plan is no longer offered to customers; its subscribers keep it until they change or cancel. */
    @Transactional
    public void setRetired(long id, boolean retired) {
        Plan p = plan(id);
        if (p.isActive() != retired) {
            return;
        }
        p.setActive(!retired);
        audit.record(
                retired ? "PLAN_RETIRED" : "PLAN_REACTIVATED",
                ENTITY,
                id,
                Summary.of(p.getName()),
                Map.of("active", retired),
                Map.of("active", !retired));
    }

    /** Only a plan nobody ever subscribed to: the others are named by subscriptions and billing history. */
    @Transactional
    public void delete(long id) {
        Plan p = plan(id);
        Long used = em.createQuery("SELECT count(s) FROM Subscription s WHERE s.planId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (used > 0) {
            throw new ActionRefusedException("plans.refused-in-use", p.getName(), used);
        }
        plans.delete(p);
        audit.record("PLAN_DELETED", ENTITY, id, Summary.of(p.getName()), state(p), null);
    }

    private Plan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NoSuchElementException("Plan " + id));
    }

    private static long cents(BigDecimal price) {
        return price.movePointRight(2).longValueExact();
    }

    private static Map<String, Object> state(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.getName());
        m.put("minutesIncluded", p.getMinutesIncluded());
        m.put("price", BigDecimal.valueOf(p.getPriceCents(), 2).toPlainString());
        m.put("currency", p.getCurrency());
        m.put("period", p.getPeriod());
        m.put("active", p.isActive());
        return m;
    }
}
