package io.clientele.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.security.Roles;
import io.clientele.subscription.BillingRule;
import io.clientele.subscription.SubscriptionService;
import io.clientele.subscription.ui.BilledCalls;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * White label → Branding (OWNER): the portal's name and colour, whether customers are mailed when support opens
 * their account, the sign-up link to share, and the outbound billing rule with what it makes of typical calls.
 */
@Menu(order = Nav.WHITE_LABEL + 20, title = "nav.branding", icon = "vaadin:palette")
@Route("branding")
@RolesAllowed(Roles.OWNER)
public class BrandingView extends VerticalLayout implements HasDynamicTitle {
    private static final int[] EXAMPLES = {0, 7, 59, 60, 61, 125};

    final TextField name = new TextField(getTranslation("branding.name"));
    final TextField color = new TextField(getTranslation("branding.color"));
    final Checkbox notify = new Checkbox(getTranslation("branding.notify"));
    final IntegerField increment = new IntegerField(getTranslation("branding.increment"));
    final IntegerField minimum = new IntegerField(getTranslation("branding.minimum"));
    final Select<BillingRule.Rounding> rounding = new Select<>();
    private final UnorderedList examples = new UnorderedList();

    public BrandingView(TenantService tenants, SubscriptionService subscriptions, ClienteleProperties properties) {
        addClassName("portal-view");
        Tenant t = tenants.current().orElseThrow();
        name.setValue(t.getName());
        name.setId("branding-name");
        color.setValue(t.getBrandColor() == null ? "" : t.getBrandColor());
        color.setPlaceholder("#0f766e");
        color.setHelperText(getTranslation("branding.color-help"));
        color.setId("branding-color");
        notify.setValue(t.isNotifySupportAccess());
        notify.setId("branding-notify");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                tenants.setBranding(name.getValue(), color.getValue(), notify.getValue());
                Notifications.success(getTranslation("branding.saved"));
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.<String, HasValidation>of("name", name, "color", color), name);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-branding");
        FormLayout brand = new FormLayout(name, color, notify, save);
        brand.setMaxWidth("40rem");
        String link = properties.baseUrl() + "/portal/signup/" + t.getId();
        Anchor signup = new Anchor(link, link);
        signup.setId("signup-link");
        String loginLink = properties.baseUrl() + "/login?tenant=" + t.getId();
        Anchor portalLogin = new Anchor(loginLink, loginLink);
        portalLogin.setId("portal-login-link");

        BillingRule rule = subscriptions.billingRule();
        increment.setValue(rule.incrementSeconds());
        minimum.setValue(rule.minimumSeconds());
        for (IntegerField f : new IntegerField[] {increment, minimum}) {
            f.setMin(0);
            f.setMax(BillingRule.MAX_SECONDS);
            f.setSuffixComponent(new Span("s"));
        }
        increment.setId("billing-increment");
        minimum.setId("billing-minimum");
        rounding.setLabel(getTranslation("branding.rounding"));
        rounding.setItems(BillingRule.Rounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("billing.rounding." + r));
        rounding.setValue(rule.rounding());
        rounding.setId("billing-rounding");
        examples.setId("billing-examples");
        showExamples(rule);
        Button saveRule = new Button(getTranslation("branding.save-rule"), e -> {
            increment.setInvalid(false);
            try {
                BillingRule changed = new BillingRule(
                        increment.getValue() == null ? 0 : increment.getValue(),
                        minimum.getValue() == null ? -1 : minimum.getValue(),
                        rounding.getValue());
                subscriptions.setBillingRule(changed);
                showExamples(changed);
                Notifications.success(getTranslation("branding.rule-saved"));
            } catch (IllegalArgumentException ex) {
                (ex.getMessage().contains("minimum") ? minimum : increment)
                        .setErrorMessage(getTranslation(ex.getMessage()));
                (ex.getMessage().contains("minimum") ? minimum : increment).setInvalid(true);
            }
        });
        saveRule.setId("save-billing-rule");
        FormLayout billing = new FormLayout(increment, minimum, rounding, saveRule);
        billing.setMaxWidth("40rem");
        add(
                new H2(getTranslation("nav.branding")),
                brand,
                new H3(getTranslation("branding.signup")),
                new Paragraph(getTranslation("branding.signup-help")),
                signup,
                new Paragraph(getTranslation("branding.login-help")),
                portalLogin,
                new H3(getTranslation("branding.billing")),
                billing,
                examples);
    }

    private void showExamples(BillingRule rule) {
        examples.removeAll();
        for (int seconds : EXAMPLES) {
            examples.add(new ListItem(BilledCalls.reason(rule.bill(seconds))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.branding") + " · Clientele";
    }
}
