package io.clientele.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.SsoDraft;
import io.clientele.security.SsoService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings → Single sign-on (OWNER): the tenant's OpenID Connect provider for its staff, which claim gives which role,
 * and whether passwords still work for staff (owners always keep theirs).
 */
@Menu(order = Nav.SETTINGS + 4, title = "nav.sso", icon = "vaadin:sign-in")
@Route("settings/single-sign-on")
@RolesAllowed(Roles.OWNER)
public class SingleSignOnView extends VerticalLayout implements HasDynamicTitle {
    static class SsoForm extends EntityForm<SsoDraft> {
        final Checkbox enabled = new Checkbox(getTranslation("sso.enabled"));
        final TextField providerName = new TextField(getTranslation("sso.provider-name"));
        final TextField issuer = new TextField(getTranslation("sso.issuer"));
        final TextField clientId = new TextField(getTranslation("sso.client-id"));
        final PasswordField clientSecret = new PasswordField(getTranslation("sso.client-secret"));
        final TextField roleClaim = new TextField(getTranslation("sso.role-claim"));
        final TextArea roleMapping = new TextArea(getTranslation("sso.role-mapping"));
        final Select<Role> defaultRole = new Select<>();
        final Checkbox ssoOnly = new Checkbox(getTranslation("sso.only"));

        SsoForm() {
            super(SsoDraft.class);
            setId("sso-form");
            providerName.setId("sso-provider-name");
            providerName.setHelperText(getTranslation("sso.provider-name-help"));
            issuer.setId("sso-issuer");
            issuer.setPlaceholder("https://login.example.com/realms/staff");
            issuer.setHelperText(getTranslation("sso.issuer-help"));
            clientId.setId("sso-client-id");
            clientSecret.setId("sso-client-secret");
            clientSecret.setHelperText(getTranslation("sso.client-secret-help"));
            roleClaim.setId("sso-role-claim");
            roleMapping.setId("sso-role-mapping");
            roleMapping.setPlaceholder("clientele-admins = ADMIN\nclientele-support = SUPPORT");
            roleMapping.setHelperText(getTranslation("sso.role-mapping-help"));
            defaultRole.setId("sso-default-role");
            defaultRole.setLabel(getTranslation("sso.default-role"));
            List<Role> roles = new ArrayList<>(Role.assignableStaffRoles());
            defaultRole.setItems(roles);
            defaultRole.setEmptySelectionAllowed(true);
            defaultRole.setEmptySelectionCaption(getTranslation("sso.default-none"));
            defaultRole.setItemLabelGenerator(
                    r -> r == null ? getTranslation("sso.default-none") : getTranslation("role." + r));
            enabled.setId("sso-enabled");
            ssoOnly.setId("sso-only");
            ssoOnly.setTooltipText(getTranslation("sso.only-help"));
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
            add(enabled, 2);
            add(providerName, issuer, clientId, clientSecret, roleClaim, defaultRole);
            add(roleMapping, 2);
            add(ssoOnly, 2);
            bind(
                    Map.of(
                            "providerName", providerName,
                            "issuer", issuer,
                            "clientId", clientId,
                            "clientSecret", clientSecret,
                            "roleClaim", roleClaim,
                            "roleMapping", roleMapping,
                            "defaultRole", defaultRole),
                    providerName);
        }
    }

    public SingleSignOnView(SsoService sso) {
        addClassName("portal-view");
        SsoForm form = new SsoForm();
        SsoDraft draft = sso.draft();
        form.edit(draft);
        form.setMaxWidth("48rem");
        Span redirect = new Span(sso.redirectUri());
        redirect.setId("sso-redirect-uri");
        redirect.addClassName("code");
        Span link = new Span(sso.loginLink());
        link.setId("sso-login-link");
        link.addClassName("code");
        add(
                new H2(getTranslation("nav.sso")),
                new Paragraph(getTranslation("sso.intro")),
                form,
                form.saveButton(
                        getTranslation("action.save"),
                        "save-sso",
                        draft,
                        d -> {
                            sso.save(d);
                            d.setVersion(sso.draft().getVersion());
                            d.setClientSecret("");
                        },
                        () -> Notifications.success(getTranslation("sso.saved"))),
                new H3(getTranslation("sso.at-provider")),
                new Paragraph(getTranslation("sso.redirect-help")),
                redirect,
                new Paragraph(getTranslation("sso.login-link-help")),
                link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sso") + " · Clientele";
    }
}
