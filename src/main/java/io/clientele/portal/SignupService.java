package io.clientele.portal;

import io.clientele.base.FieldErrors;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.PortalLogins;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's public side: a tenant's brand, sign-up with its attribution, and e-mail verification. Nobody is
 * logged in yet, so the work runs as the platform inside the tenant the sign-up link names.
 */
@Service
public class SignupService {
    public static final String VERIFY_PATH = "/portal/verify?token=";
    static final String SIGN_IN_PATH = "/login?tenant=";

    private final TenantService tenants;
    private final PortalLogins users;
    private final CustomerService customers;
    private final SignupAttributionRepository attributions;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SignupService(
            TenantService tenants,
            PortalLogins users,
            CustomerService customers,
            SignupAttributionRepository attributions,
            JdbcClient jdbc,
            TransactionTemplate tx) {
        this.tenants = tenants;
        this.users = users;
        this.customers = customers;
        this.attributions = attributions;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** What a portal page shows of its tenant before anyone logs in. */
    public record Brand(long tenantId, String name, String color) {}

    public Optional<Brand> brand(long tenantId) {
        return tenants.find(tenantId).map(SignupService::brandOf);
    }

    public static Brand brandOf(Tenant t) {
        return new Brand(t.getId(), t.getName(), t.getBrandColor());
    }

    /**
     * A new PENDING customer with its CUSTOMER login and attribution; active once the e-mail is confirmed. An address
     * that already has a login creates nothing and mails its owner instead, so the caller cannot tell the two apart:
     * empty then, else the new customer's id.
     */
    public Optional<Long> signUp(long tenantId, AppUserDraft draft, SignupAttribution.Attribution attribution) {
        tenants.find(tenantId).orElseThrow(() -> new NoSuchElementException("Tenant " + tenantId));
        FieldErrors.of(draft).throwIfAny();
        String[] name = AppUserService.nameOrMailbox(draft);
        AtomicLong id = new AtomicLong();
        SystemAuthentication.run(
                tenantId,
                () -> tx.executeWithoutResult(status -> users.signUp(
                                tenantId,
                                draft.getEmail().strip(),
                                name[0],
                                name[1],
                                draft.getPassword(),
                                SIGN_IN_PATH + tenantId,
                                VERIFY_PATH)
                        .ifPresent(login -> {
                            CustomerDraft c = new CustomerDraft();
                            c.setType(CustomerType.INDIVIDUAL);
                            c.setFirstName(name[0]);
                            c.setLastName(name[1]);
                            c.setCompanyName(
                                    draft.getCompany() == null
                                            ? ""
                                            : draft.getCompany().strip());
                            c.setEmail(login.getEmail());
                            c.setStatus(CustomerStatus.PENDING);
                            id.set(customers.create(c));
                            jdbc.sql(
                                            "UPDATE customer SET user_account_id = ?, source = ? WHERE tenant_id = ? AND id = ?")
                                    .params(login.getId(), CustomerSource.SIGNUP.name(), tenantId, id.get())
                                    .update();
                            attributions.save(new SignupAttribution(id.get(), attribution));
                        })));
        return id.get() == 0 ? Optional.empty() : Optional.of(id.get());
    }

    /** The link in the verification mail: confirms the address and activates a pending customer. */
    public boolean verify(String token) {
        Optional<UserAccount> verified = users.verifyEmail(token);
        verified.ifPresent(login -> SystemAuthentication.run(
                login.getTenantId(),
                () -> tx.executeWithoutResult(s -> jdbc.sql(
                                "SELECT id FROM customer WHERE tenant_id = ? AND user_account_id = ? AND status = 'PENDING'")
                        .params(login.getTenantId(), login.getId())
                        .query(Long.class)
                        .optional()
                        .ifPresent(id -> {
                            CustomerDraft d = customers.draftOf(id);
                            d.setStatus(CustomerStatus.ACTIVE);
                            customers.update(id, d);
                        }))));
        return verified.isPresent();
    }
}
