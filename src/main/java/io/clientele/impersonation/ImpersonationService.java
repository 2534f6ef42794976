package io.clientele.impersonation;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ClusterLocks;
import io.clientele.base.FieldValidationException;
import io.clientele.base.SecretTokens;
import io.clientele.base.Texts;
import io.clientele.base.mail.MailService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accountable impersonation. SUPPORT and above ask for a session on a customer of their own tenant with a reason
 * (read-only; OWNER and ADMIN may ask for full access), for at most an hour; never on staff, blocked or deleted
 * customers, never from inside another support session. Start, every page and every change, and the end are audited
 * with both identities; the customer is told in the portal and, if the tenant wants, by e-mail.
 */
@Service
@Transactional(readOnly = true)
public class ImpersonationService {

    private static final Logger log = LoggerFactory.getLogger(ImpersonationService.class);
    public static final int DEFAULT_MINUTES = 15;
    public static final int MAX_MINUTES = 60;
    private static final String ENTITY = "CUSTOMER";

    private final SupportSessionRepository sessions;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final MailService mail;
    private final TenantService tenants;
    private final TransactionTemplate tx;

    private final Clock clock;

    ImpersonationService(
            SupportSessionRepository sessions,
            JdbcClient jdbc,
            AuditService audit,
            MailService mail,
            TenantService tenants,
            TransactionTemplate tx,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.mail = mail;
        this.tenants = tenants;
        this.tx = tx;
    }

    /** What the portal is opened with: the customer's login and the session the principal carries. */
    public record Entry(long customerId, String loginEmail, CurrentUser.Support support) {}

    /** "Support accessed your account on … for: …", as the customer sees it. */
    public record Notice(Instant at, String staffName, String reason) {}

    private record Target(String name, String status, boolean deleted, String loginEmail, String staffRole) {}

    /** Why the current user may not open this customer's portal (a message key), or null when they may. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    public String refusal(long customerId) {
        return refusalFor(target(customerId));
    }

    /**
     * Asks for a session; returns the one-time token the new tab enters with (valid two minutes, only for the
     * staff member who asked).
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public String request(long customerId, String reason, String ticket, int minutes, SupportSession.Mode mode) {
        CurrentUser me = CurrentUser.require();
        String why = Texts.trimToNull(Texts.xmlSafe(reason));
        if (why == null) {
            throw new FieldValidationException("reason", "support.reason-required");
        }
        if (why.length() > 500) {
            throw new FieldValidationException("reason", "support.reason-too-long");
        }
        String ticketRef = Texts.trimToNull(Texts.xmlSafe(ticket));
        if (ticketRef != null && ticketRef.length() > 100) {
            throw new FieldValidationException("ticket", "support.ticket-too-long");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new FieldValidationException("minutes", "support.minutes-range");
        }
        if (mode == null) {
            throw new FieldValidationException("mode", "support.mode-required");
        }
        if (mode == SupportSession.Mode.FULL_ACCESS && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only OWNER and ADMIN open a customer's portal with full access");
        }
        Target t = target(customerId);
        String refused = refusalFor(t);
        if (refused != null) {
            throw new ActionRefusedException(refused);
        }
        String token = SecretTokens.random(32);
        SupportSession s = sessions.save(new SupportSession(
                customerId,
                t.name(),
                me.userId(),
                me.getUsername(),
                me.displayName(),
                why,
                ticketRef,
                mode,
                minutes,
                SecretTokens.sha256(token)));
        audit.record(
                "SUPPORT_SESSION_REQUESTED",
                ENTITY,
                customerId,
                Summary.of(t.name(), mode == SupportSession.Mode.FULL_ACCESS ? 1 : 0, minutes, s.getReason()),
                null,
                state(s));
        return token;
    }

    /**
     * The new tab's entry: the staff member who asked (still logged in as themselves, in the same tenant) starts the
     * session. Rules are checked again, the customer may have been blocked in the meantime.
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public Entry enter(String token) {
        CurrentUser me = CurrentUser.require();
        if (me.support().isPresent()) {
            throw new AccessDeniedException("Already in a support session");
        }
        Instant now = Instant.now(clock);
        SupportSession s = sessions.findByTokenHash(SecretTokens.sha256(token == null ? "" : token))
                .filter(x -> x.getStaffUserId() == me.userId() && x.enterable(now))
                .orElseThrow(() -> new ActionRefusedException("support.link-invalid"));
        Target t = target(s.getCustomerId());
        String refused = refusalFor(t);
        if (refused != null) {
            throw new ActionRefusedException(refused);
        }
        s.start(now);
        audit.record(
                "SUPPORT_SESSION_STARTED",
                ENTITY,
                s.getCustomerId(),
                Summary.of(
                        t.name(),
                        me.displayName(),
                        s.getMode() == SupportSession.Mode.FULL_ACCESS ? 1 : 0,
                        s.getExpiresAt(),
                        s.getReason(),
                        s.getTicket() == null ? "—" : s.getTicket()),
                null,
                state(s));
        tenants.current()
                .filter(x -> x.isNotifySupportAccess())
                .ifPresent(tenant -> mail.sendAfterCommit(
                        t.loginEmail(),
                        tenant.getName() + ": support accessed your account",
                        "Hello " + t.name() + ",\n\n" + me.displayName() + " from " + tenant.getName()
                                + " support opened your account on "
                                + now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                                + " (UTC) for: " + s.getReason()
                                + "\n\nYou can see every support access in your portal.\n"));
        return new Entry(
                s.getCustomerId(),
                t.loginEmail(),
                new CurrentUser.Support(
                        s.getId(),
                        me.userId(),
                        me.getUsername(),
                        me.displayName(),
                        s.getMode() == SupportSession.Mode.READ_ONLY,
                        s.getExpiresAt()));
    }

    /** A portal page opened during a support session; nothing for the customer's own visits. */
    @Transactional
    public void viewed(String page) {
        CurrentUser me = CurrentUser.require();
        me.support()
                .filter(x -> !x.expired())
                .ifPresent(x -> audit.record(
                        "SUPPORT_PAGE_VIEWED",
                        ENTITY,
                        me.customerScope().orElse(null),
                        Summary.of(page, me.displayName()),
                        null,
                        null));
    }

    /**
     * Ends the caller's own support session (End, or its time ran out). No role rule: an expired session holds no
     * authority, and the only session it can end is the one its principal carries.
     */
    @Transactional
    public void end(SupportSession.EndReason why) {
        CurrentUser me = CurrentUser.require();
        CurrentUser.Support support =
                me.support().orElseThrow(() -> new AccessDeniedException("Not a support session"));
        sessions.findById(support.sessionId())
                .filter(s -> s.getEndedAt() == null)
                .ifPresent(s -> {
                    s.end(Instant.now(clock), why);
                    audit.record(
                            "SUPPORT_SESSION_ENDED",
                            ENTITY,
                            s.getCustomerId(),
                            Summary.of(
                                    s.getCustomerName(),
                                    why == SupportSession.EndReason.EXPIRED ? 1 : 0,
                                    s.getReason()),
                            null,
                            state(s));
                });
    }

    /** The calling customer's support accesses, newest first. */
    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public List<Notice> notices(int max) {
        return sessions
                .findByCustomerIdAndStartedAtIsNotNullOrderByStartedAtDesc(
                        CurrentUser.requireCustomerScope(), PageRequest.of(0, max))
                .stream()
                .map(s -> new Notice(s.getStartedAt(), s.getStaffName(), s.getReason()))
                .toList();
    }

    /** A customer's support sessions for staff (the Info tab). */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<SupportSession> sessionsOf(long customerId, int max) {
        return sessions.findByCustomerIdAndStartedAtIsNotNullOrderByStartedAtDesc(customerId, PageRequest.of(0, max));
    }

    /** Sessions whose time ran out while nobody was looking (tab closed) get their end event too. */
    // On the minute on every node; one of them runs it.
    @Scheduled(cron = "${clientele.support-expiry-cron:0 * * * * *}")
    @SchedulerLock(name = "support-expiry", lockAtLeastFor = ClusterLocks.CLOCK_SKEW, lockAtMostFor = "PT5M")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void closeExpired() {
        log.debug("Scheduled job support-expiry ran");
        Instant now = Instant.now(clock);
        jdbc.sql("SELECT id, tenant_id FROM support_session WHERE ended_at IS NULL AND expires_at < ?")
                .param(java.sql.Timestamp.from(now))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(row -> SystemAuthentication.run(row[1], () -> {
                    try {
                        tx.executeWithoutResult(status -> sessions.findById(row[0])
                                .filter(s -> s.getEndedAt() == null)
                                .ifPresent(s -> {
                                    s.end(now, SupportSession.EndReason.EXPIRED);
                                    audit.record(
                                            "SUPPORT_SESSION_ENDED",
                                            ENTITY,
                                            s.getCustomerId(),
                                            Summary.of(s.getCustomerName(), 1, s.getReason()),
                                            null,
                                            state(s));
                                }));
                    } catch (org.springframework.orm.ObjectOptimisticLockingFailureException endedMeanwhile) {
                        // End, the expiry filter or another node closed it first, with its own end event.
                    }
                }));
    }

    private Target target(long customerId) {
        return jdbc.sql("SELECT c.display_name, c.status, c.deleted_at, u.email, u.staff_role FROM customer c "
                        + "LEFT JOIN user_account u ON u.id = c.user_account_id WHERE c.tenant_id = ? AND c.id = ?")
                .params(TenantContext.require(), customerId)
                .query((rs, n) -> new Target(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3) != null, rs.getString(4), rs.getString(5)))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("No such customer in this tenant"));
    }

    private static String refusalFor(Target t) {
        if (t.loginEmail() == null) return "support.refused.no-login";
        if (t.staffRole() != null) return "support.refused.staff";
        if (t.deleted()) return "support.refused.deleted";
        if ("BLOCKED".equals(t.status())) return "support.refused.blocked";
        return null;
    }

    private static Map<String, Object> state(SupportSession s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("staff", s.getStaffEmail());
        m.put("reason", s.getReason());
        m.put("ticket", s.getTicket());
        m.put("mode", s.getMode());
        m.put("minutes", s.getMinutes());
        m.put("startedAt", s.getStartedAt());
        m.put("expiresAt", s.getExpiresAt());
        m.put("endedAt", s.getEndedAt());
        m.put("endReason", s.getEndReason());
        return m;
    }
}
