package io.clientele.subscription;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.BusinessEvent;
import io.clientele.base.FieldValidationException;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, subscriptions, minutes and calls. Staff read any customer's (VIEWER) and change them (ADMIN); a portal
 * customer reads its own and subscribes or cancels for itself. Every change is a billing event, audited on the
 * customer and announced as {@code subscription.changed}.
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {
    private static final String ENTITY = "CUSTOMER";

    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final BillingEventRepository history;
    private final CallRecordRepository calls;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    SubscriptionService(
            PlanRepository plans,
            SubscriptionRepository subscriptions,
            BillingEventRepository history,
            CallRecordRepository calls,
            JdbcClient jdbc,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.history = history;
        this.calls = calls;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** A subscription's current period and what was used of it, with one bar per day for the usage chart. */
    public record Usage(
            long subscriptionId,
            String planName,
            int minutesIncluded,
            int extraMinutes,
            double minutesUsed,
            Instant periodStart,
            Instant renewsAt,
            boolean cancelAtPeriodEnd,
            long priceCents,
            String currency,
            PlanPeriod period,
            SortedMap<LocalDate, Double> minutesByDay) {
        public int minutesAvailable() {
            return minutesIncluded + extraMinutes;
        }

        public double minutesRemaining() {
            return Math.max(0, minutesAvailable() - minutesUsed);
        }
    }

    /** A call and what the billing rule made of it. */
    public record BilledCall(Instant startedAt, String toNumber, BillingRule.Billed billed) {}

    // --- staff ---

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<Plan> plans() {
        return plans.findByActiveTrueOrderByPriceCents();
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public Optional<Usage> usage(long customerId, ZoneId zone) {
        return usageOf(customerId, zone);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<BillingEvent> history(long customerId, Pageable page) {
        return history.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId, page);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public long countHistory(long customerId) {
        return history.countByCustomerId(customerId);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<BilledCall> calls(long customerId, Pageable page) {
        return billed(customerId, page);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public long countCalls(long customerId) {
        return calls.countByCustomerId(customerId);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public BillingRule billingRule() {
        return rule();
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void setBillingRule(BillingRule rule) {
        BillingRule before = rule();
        long tenant = TenantContext.require();
        if (jdbc.sql(
                                "UPDATE billing_rule SET increment_seconds = ?, minimum_seconds = ?, rounding = ? WHERE tenant_id = ?")
                        .params(
                                rule.incrementSeconds(),
                                rule.minimumSeconds(),
                                rule.rounding().name(),
                                tenant)
                        .update()
                == 0) {
            jdbc.sql(
                            "INSERT INTO billing_rule (tenant_id, increment_seconds, minimum_seconds, rounding) VALUES (?, ?, ?, ?)")
                    .params(
                            tenant,
                            rule.incrementSeconds(),
                            rule.minimumSeconds(),
                            rule.rounding().name())
                    .update();
        }
        audit.record("BILLING_RULE_CHANGED", "TENANT", tenant, Summary.of(), ruleState(before), ruleState(rule));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void addMinutes(long customerId, int minutes, String note) {
        if (minutes < 1 || minutes > 100_000) {
            throw new FieldValidationException("minutes", "billing.minutes-range");
        }
        Subscription s = active(customerId)
                .orElseThrow(() -> new FieldValidationException("minutes", "billing.no-subscription"));
        s.addMinutes(minutes);
        boolean noted = note != null && !note.isBlank();
        record(
                customerId,
                BillingEvent.Kind.MINUTES_ADDED,
                minutes,
                null,
                null,
                Summary.of(minutes, noted ? 1 : 0, noted ? note.strip() : ""));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void changePlan(long customerId, long planId) {
        choosePlan(customerId, planId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void cancelAtPeriodEnd(long customerId, boolean cancel) {
        scheduleCancel(customerId, cancel);
    }

    /** Demo data and tests: calls come from the telephony side, not from a person. */
    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    @Transactional
    public void recordCalls(Collection<CallRecord> made) {
        calls.saveAll(made);
    }

    // --- the portal customer ---

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public List<Plan> plansForMe() {
        CurrentUser.requireCustomerScope();
        return plans.findByActiveTrueOrderByPriceCents();
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public Optional<Usage> ownUsage(ZoneId zone) {
        return usageOf(CurrentUser.requireCustomerScope(), zone);
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public List<BilledCall> ownCalls(Pageable page) {
        return billed(CurrentUser.requireCustomerScope(), page);
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public long countOwnCalls() {
        return calls.countByCustomerId(CurrentUser.requireCustomerScope());
    }

    @PreAuthorize(Roles.CUSTOMER_WRITES)
    @Transactional
    public void subscribe(long planId) {
        choosePlan(CurrentUser.requireCustomerScope(), planId);
    }

    @PreAuthorize(Roles.CUSTOMER_WRITES)
    @Transactional
    public void cancelOwnAtPeriodEnd(boolean cancel) {
        scheduleCancel(CurrentUser.requireCustomerScope(), cancel);
    }

    // --- shared ---

    private void choosePlan(long customerId, long planId) {
        Plan plan = plans.findById(planId)
                .filter(Plan::isActive)
                .orElseThrow(() -> new FieldValidationException("plan", "billing.plan-unknown"));
        Optional<Subscription> current = active(customerId);
        if (current.isPresent()) {
            Subscription s = current.get();
            if (s.getPlanId() == planId) {
                throw new FieldValidationException("plan", "billing.plan-same");
            }
            String from = plans.findById(s.getPlanId()).map(Plan::getName).orElse("?");
            s.changePlan(planId);
            record(
                    customerId,
                    BillingEvent.Kind.PLAN_CHANGED,
                    plan.getMinutesIncluded(),
                    plan.getPriceCents(),
                    plan.getCurrency(),
                    Summary.of(from, plan.getName()));
        } else {
            subscriptions.save(new Subscription(customerId, planId, Instant.now(clock), plan.getPeriod()));
            record(
                    customerId,
                    BillingEvent.Kind.SUBSCRIBED,
                    plan.getMinutesIncluded(),
                    plan.getPriceCents(),
                    plan.getCurrency(),
                    Summary.of(plan.getName()));
        }
    }

    private void scheduleCancel(long customerId, boolean cancel) {
        Subscription s =
                active(customerId).orElseThrow(() -> new FieldValidationException("plan", "billing.no-subscription"));
        if (s.isCancelAtPeriodEnd() == cancel) {
            return;
        }
        s.setCancelAtPeriodEnd(cancel);
        record(
                customerId,
                cancel ? BillingEvent.Kind.CANCEL_SCHEDULED : BillingEvent.Kind.CANCEL_WITHDRAWN,
                null,
                null,
                null,
                cancel
                        ? Summary.of(java.time.LocalDate.ofInstant(s.getRenewsAt(), java.time.ZoneId.systemDefault()))
                        : Summary.of());
    }

    /** The customer's live subscription with its period rolled forward to now. */
    private Optional<Subscription> active(long customerId) {
        Optional<Subscription> s =
                subscriptions.findFirstByCustomerIdAndStatusOrderByIdDesc(customerId, Subscription.Status.ACTIVE);
        s.ifPresent(x -> x.roll(
                Instant.now(clock),
                plans.findById(x.getPlanId()).map(Plan::getPeriod).orElse(PlanPeriod.MONTHLY)));
        return s.filter(x -> x.getStatus() == Subscription.Status.ACTIVE);
    }

    private Optional<Usage> usageOf(long customerId, ZoneId zone) {
        // Read-only: the rolled period is computed for this answer; the next write stores it.
        return active(customerId).map(s -> {
            Plan plan = plans.findById(s.getPlanId()).orElseThrow();
            BillingRule rule = rule();
            SortedMap<LocalDate, Double> byDay = new TreeMap<>();
            for (LocalDate d = s.getPeriodStart().atZone(zone).toLocalDate();
                    d.isBefore(s.getRenewsAt().atZone(zone).toLocalDate());
                    d = d.plusDays(1)) {
                byDay.put(d, 0.0);
            }
            double used = 0;
            for (Object[] call : calls.durations(customerId, s.getPeriodStart(), s.getRenewsAt())) {
                double minutes = rule.bill(((Number) call[1]).intValue()).billedMinutes();
                used += minutes;
                byDay.merge(((Instant) call[0]).atZone(zone).toLocalDate(), minutes, Double::sum);
            }
            return new Usage(
                    s.getId(),
                    plan.getName(),
                    plan.getMinutesIncluded(),
                    s.getExtraMinutes(),
                    used,
                    s.getPeriodStart(),
                    s.getRenewsAt(),
                    s.isCancelAtPeriodEnd(),
                    plan.getPriceCents(),
                    plan.getCurrency(),
                    plan.getPeriod(),
                    byDay);
        });
    }

    private List<BilledCall> billed(long customerId, Pageable page) {
        BillingRule rule = rule();
        return calls.findByCustomerIdOrderByStartedAtDescIdDesc(customerId, page).stream()
                .map(c -> new BilledCall(c.getStartedAt(), c.getToNumber(), rule.bill(c.getDurationSeconds())))
                .toList();
    }

    private BillingRule rule() {
        return jdbc.sql("SELECT increment_seconds, minimum_seconds, rounding FROM billing_rule WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query((rs, n) ->
                        new BillingRule(rs.getInt(1), rs.getInt(2), BillingRule.Rounding.valueOf(rs.getString(3))))
                .optional()
                .orElse(BillingRule.DEFAULT);
    }

    private void record(
            long customerId, BillingEvent.Kind kind, Integer minutes, Long amountCents, String currency, Summary text) {
        CurrentUser me = CurrentUser.require();
        history.save(new BillingEvent(
                customerId,
                kind,
                minutes,
                amountCents,
                currency,
                text,
                me.support().map(CurrentUser.Support::staffEmail).orElse(me.getUsername()),
                me.support().isPresent() ? me.getUsername() : null));
        audit.record(BillingEvent.audit(kind), ENTITY, customerId, text, null, null);
        events.publishEvent(BusinessEvent.of(
                BusinessEvent.SUBSCRIPTION_CHANGED,
                customerId,
                Map.of(
                        "customerId",
                        customerId,
                        "change",
                        kind.name(),
                        "description",
                        text.english(BillingEvent.audit(kind)))));
    }

    private static Map<String, Object> ruleState(BillingRule r) {
        return Map.of(
                "incrementSeconds",
                r.incrementSeconds(),
                "minimumSeconds",
                r.minimumSeconds(),
                "rounding",
                r.rounding().name());
    }
}
