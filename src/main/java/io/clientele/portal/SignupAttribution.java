package io.clientele.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a customer came from when they signed up: the sign-up link's UTM parameters, referrer and landing page. */
@Entity
@Table(name = "signup_attribution")
public class SignupAttribution extends io.clientele.base.TenantRow {
    private Long customerId;
    private String utmSource;
    private String utmMedium;
    private String utmCampaign;
    private String utmTerm;
    private String utmContent;
    private String referrer;
    private String landingPage;
    private Instant capturedAt = Instant.now();

    protected SignupAttribution() {}

    public SignupAttribution(long customerId, Attribution a) {
        this.customerId = customerId;
        this.utmSource = a.source();
        this.utmMedium = a.medium();
        this.utmCampaign = a.campaign();
        this.utmTerm = a.term();
        this.utmContent = a.content();
        this.referrer = a.referrer();
        this.landingPage = a.landingPage();
    }

    /** The values as captured (each trimmed and cut to its column). */
    public record Attribution(
            String source,
            String medium,
            String campaign,
            String term,
            String content,
            String referrer,
            String landingPage) {
        public Attribution {
            source = cut(source, 200);
            medium = cut(medium, 200);
            campaign = cut(campaign, 200);
            term = cut(term, 200);
            content = cut(content, 200);
            referrer = cut(referrer, 2000);
            landingPage = cut(landingPage, 2000);
        }

        private static String cut(String s, int max) {
            String t = io.clientele.base.Texts.trimToNull(io.clientele.base.Texts.xmlSafe(s));
            return t == null || t.length() <= max ? t : t.substring(0, max);
        }
    }

    public Attribution attribution() {
        return new Attribution(utmSource, utmMedium, utmCampaign, utmTerm, utmContent, referrer, landingPage);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }
}
