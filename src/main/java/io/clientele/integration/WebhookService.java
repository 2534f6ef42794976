package io.clientele.integration;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.BusinessEvent;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldErrors;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerType;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Webhooks (the tenant's endpoints) and a business customer's Webhooks tab: endpoints, their delivery log,
 * Resend and Send test event. ADMIN and above; the worker delivers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class WebhookService {
    private static final String ENTITY = "WEBHOOK_ENDPOINT";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookOutbox outbox;
    private final CustomerService customers;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final ClienteleProperties properties;

    WebhookService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookOutbox outbox,
            CustomerService customers,
            AuditService audit,
            JdbcTemplate jdbc,
            ClienteleProperties properties) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.customers = customers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The endpoint form's values. */
    public record EndpointDraft(String url, Set<String> events, boolean enabled, int version) {}

    public List<WebhookEndpoint> list(Long customerId, Pageable page) {
        return endpoints.findByOwner(
                customerId,
                PageRequest.of(
                        page.getPageNumber(),
                        page.getPageSize(),
                        page.getSort().isSorted() ? page.getSort() : Sort.by("createdAt")));
    }

    public long count(Long customerId) {
        return endpoints.countByOwner(customerId);
    }

    public Optional<WebhookEndpoint> find(long id) {
        return endpoints.findById(id);
    }

    /** A new endpoint (of the tenant when {@code customerId} is null) with a fresh signing secret. */
    @Transactional
    public WebhookEndpoint create(Long customerId, EndpointDraft draft) {
        if (customerId != null) {
            CustomerDetails c = customers
                    .details(customerId)
                    .orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
            if (c.row().type() != CustomerType.BUSINESS || c.row().deleted()) {
                throw new ActionRefusedException("webhook.refused-customer");
            }
        }
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        WebhookEndpoint e =
                new WebhookEndpoint(customerId, "whsec_" + Base64.getEncoder().encodeToString(key));
        apply(e, draft);
        endpoints.saveAndFlush(e);
        audit.record("WEBHOOK_CREATED", ENTITY, e.getId(), Summary.of(e.getUrl()), null, state(e));
        return e;
    }

    @Transactional
    public void update(long id, EndpointDraft draft) {
        WebhookEndpoint e = endpoints.findById(id).orElseThrow(() -> new NoSuchElementException("Endpoint " + id));
        if (e.getVersion() != draft.version()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = state(e);
        apply(e, draft);
        try {
            endpoints.saveAndFlush(e);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
            throw new ConcurrentEditException();
        }
        audit.record("WEBHOOK_UPDATED", ENTITY, e.getId(), Summary.of(e.getUrl()), before, state(e));
    }

    @Transactional
    public void delete(long id) {
        WebhookEndpoint e = endpoints.findById(id).orElseThrow(() -> new NoSuchElementException("Endpoint " + id));
        endpoints.delete(e);
        audit.record("WEBHOOK_DELETED", ENTITY, id, Summary.of(e.getUrl()), state(e), null);
    }

    /** The endpoint's deliveries, newest first. */
    public List<WebhookDelivery> deliveries(long endpointId, Pageable page) {
        return deliveries.findByEndpointId(
                endpointId,
                PageRequest.of(
                        page.getPageNumber(),
                        page.getPageSize(),
                        page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "id")));
    }

    public long countDeliveries(long endpointId) {
        return deliveries.countByEndpointId(endpointId);
    }

    /** Queues the same message again now (same webhook-id, so a receiver that has it can tell). */
    @Transactional
    public void resend(long deliveryId) {
        WebhookDelivery d =
                deliveries.findById(deliveryId).orElseThrow(() -> new NoSuchElementException("Delivery " + deliveryId));
        jdbc.update(
                "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = CURRENT_TIMESTAMP "
                        + "WHERE tenant_id = ? AND id = ?",
                TenantContext.require(),
                deliveryId);
        audit.record(
                "WEBHOOK_RESENT",
                ENTITY,
                d.getEndpointId(),
                Summary.of(d.getEventType(), d.getMessageId()),
                null,
                null);
    }

    @Transactional
    public void sendTest(long endpointId) {
        WebhookEndpoint e =
                endpoints.findById(endpointId).orElseThrow(() -> new NoSuchElementException("Endpoint " + endpointId));
        outbox.test(TenantContext.require(), e.getId());
        audit.record("WEBHOOK_TEST_SENT", ENTITY, e.getId(), Summary.of(e.getUrl()), null, null);
    }

    private void apply(WebhookEndpoint e, EndpointDraft d) {
        String url = d.url() == null ? "" : d.url().strip();
        Set<String> events = d.events() == null ? Set.of() : d.events();
        FieldErrors errors = new FieldErrors();
        errors.require(!url.isEmpty(), "url", "validation.required");
        errors.require(url.length() <= 2000, "url", "validation.max-length", 2000);
        if (!url.isEmpty() && url.length() <= 2000) {
            OutboundAddresses.Verdict verdict =
                    OutboundAddresses.check(url, properties.webhooks().allowPrivateAddresses());
            errors.require(verdict != OutboundAddresses.Verdict.NOT_HTTP, "url", "webhook.url-http");
            errors.require(verdict != OutboundAddresses.Verdict.PRIVATE, "url", "webhook.url-private");
        }
        errors.require(!events.isEmpty(), "events", "webhook.events-required");
        errors.require(BusinessEvent.TYPES.containsAll(events), "events", "webhook.events-required");
        errors.throwIfAny();
        List<String> ordered =
                BusinessEvent.TYPES.stream().filter(events::contains).toList();
        e.apply(url, new LinkedHashSet<>(ordered), d.enabled());
    }

    private static Map<String, Object> state(WebhookEndpoint e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("url", e.getUrl());
        s.put("events", String.join(", ", e.getEvents()));
        s.put("enabled", e.isEnabled());
        s.put("customer", e.getCustomerId());
        return s;
    }
}
