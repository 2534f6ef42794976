package io.clientele.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Settings → Plans: the form's rules, retire instead of delete once subscribed to, and a yearly period. */
class PlanCatalogTest extends DatabaseTest {
    @Autowired
    PlanCatalog plans;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    ApplicationContext ctx;

    private long tenant;
    private UserAccount admin;

    @BeforeEach
    void admin() {
        tenant = data.tenant();
        admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
    }

    private static PlanDraft draft(String name, int minutes, String price, String currency, PlanPeriod period) {
        PlanDraft d = new PlanDraft();
        d.setName(name);
        d.setMinutesIncluded(minutes);
        d.setPrice(new BigDecimal(price));
        d.setCurrency(currency);
        d.setPeriod(period);
        return d;
    }

    @Test
    void aPlanIsMadeAndChangedByTheFormsRulesAndAudited() {
        long basic = plans.save(null, draft("  Basic ", 300, "199.00", "NOK", PlanPeriod.MONTHLY));

        assertThat(plans.list("bas", PageRequest.of(0, 20, Sort.by("name"))))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Basic");
                    assertThat(r.price()).isEqualByComparingTo("199.00");
                    assertThat(r.active()).isTrue();
                    assertThat(r.subscribers()).isZero();
                });
        assertThatThrownBy(() -> plans.save(null, draft(" ", -1, "1.234", "XYZ", PlanPeriod.MONTHLY)))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::field, FieldValidationException::getMessage)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "minutesIncluded", "validation.zero-or-more"),
                                        org.assertj.core.groups.Tuple.tuple("price", "plans.price-invalid"),
                                        org.assertj.core.groups.Tuple.tuple("currency", "validation.currency")));
        assertThatThrownBy(() -> plans.save(null, draft("BASIC", 10, "10", "NOK", PlanPeriod.MONTHLY)))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("plans.name-taken"));
        assertThat(plans.count("")).as("nothing saved by a refused form").isEqualTo(1);

        PlanDraft yearly = plans.draftOf(basic);
        yearly.setPeriod(PlanPeriod.YEARLY);
        yearly.setPrice(new BigDecimal("1990"));
        plans.save(basic, yearly);
        assertThat(plans.draftOf(basic).getPeriod()).isEqualTo(PlanPeriod.YEARLY);
        assertThatThrownBy(() -> plans.save(basic, yearly))
                .as("a second save of the same edit is a concurrent edit")
                .isInstanceOf(io.clientele.base.ConcurrentEditException.class);
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 5))
                .extracting(AuditEvent::getAction)
                .containsExactly("PLAN_UPDATED", "PLAN_CREATED");
    }

    @Test
    void aPlanSomeoneSubscribedToIsRetiredInsteadOfDeletedAndIsNoLongerOffered() {
        long gold = plans.save(null, draft("Gold", 1000, "499", "NOK", PlanPeriod.MONTHLY));
        long unused = plans.save(null, draft("Unused", 10, "9", "NOK", PlanPeriod.MONTHLY));
        long customer =
                data.customer(tenant, "Gina", "Gold", TestData.uniqueEmail("gold"), null, CustomerStatus.ACTIVE);
        subscriptions.changePlan(customer, gold);

        assertThatThrownBy(() -> plans.delete(gold))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("plans.refused-in-use");
        plans.setRetired(gold, true);
        assertThat(subscriptions.plans()).extracting(Plan::getName).containsExactly("Unused");
        assertThat(subscriptions.usage(customer, ZoneOffset.UTC))
                .as("the subscriber keeps a retired plan")
                .hasValueSatisfying(u -> assertThat(u.planName()).isEqualTo("Gold"));
        plans.setRetired(gold, false);
        assertThat(subscriptions.plans()).extracting(Plan::getName).containsExactly("Unused", "Gold");

        plans.delete(unused);
        assertThat(plans.count("")).isEqualTo(1);
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 3))
                .extracting(AuditEvent::getAction)
                .containsExactly("PLAN_DELETED", "PLAN_REACTIVATED", "PLAN_RETIRED");
    }

    @Test
    void aYearlyPlanRenewsAfterAYear() {
        long yearly = plans.save(null, draft("Year", 12_000, "3990", "NOK", PlanPeriod.YEARLY));
        long customer =
                data.customer(tenant, "Yngve", "Year", TestData.uniqueEmail("year"), null, CustomerStatus.ACTIVE);
        subscriptions.changePlan(customer, yearly);
        SubscriptionService.Usage first =
                subscriptions.usage(customer, ZoneOffset.UTC).orElseThrow();
        assertThat(first.renewsAt())
                .isEqualTo(
                        first.periodStart().atZone(ZoneOffset.UTC).plusYears(1).toInstant());

        clock.advance(Duration.ofDays(400));
        SubscriptionService.Usage next =
                subscriptions.usage(customer, ZoneOffset.UTC).orElseThrow();
        assertThat(next.periodStart()).isEqualTo(first.renewsAt());
        assertThat(next.renewsAt())
                .isEqualTo(first.renewsAt().atZone(ZoneOffset.UTC).plusYears(1).toInstant());
    }
}
