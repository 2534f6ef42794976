package io.clientele.audit;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** What tests read back from the trail across tenants; the application itself only reads it through its rules. */
public final class AuditEvents {
    private AuditEvents() {}

    public static List<AuditEvent> byActor(ApplicationContext ctx, String email, int max) {
        return ctx.getBean(AuditRepository.class).findByActorEmailOrderByOccurredAtDesc(email, PageRequest.of(0, max));
    }
}
