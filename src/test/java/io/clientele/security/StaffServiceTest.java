package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

class StaffServiceTest extends DatabaseTest {
    private static final Pattern LINK = Pattern.compile("/accept-invitation\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    StaffService staff;

    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    ApplicationContext ctx;

    /** The link of the n-th mail, decoded: a Norwegian mail is quoted-printable, which breaks long lines. */
    private String link(String email, int n) throws Exception {
        MimeMessage m = Mails.to(mail, email, n).get(n - 1);
        Matcher token = LINK.matcher((String) m.getContent());
        assertThat(token.find()).as("the mail holds the invitation link").isTrue();
        return token.group(1);
    }

    @Test
    void anInviteeChoosesANameAndPasswordOnceAndSignsInWithTheRole() throws Exception {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        data.loginAs(owner);
        String email = TestData.uniqueEmail("invitee");

        long id = staff.invite(new Invitation(email, Role.ADMIN), Locale.ENGLISH);

        MimeMessage m = Mails.to(mail, email, 1).getFirst();
        assertThat(m.getSubject()).startsWith("You are invited to Tenant ");
        assertThat(GreenMailUtil.getBody(m))
                .contains(owner.getEmail())
                .contains("as Admin")
                .contains("72 hours");
        StaffService.StaffRow row = staff.list(email, PageRequest.of(0, 10)).getFirst();
        assertThat(row.state(clock.instant())).isEqualTo(StaffService.State.INVITED);
        assertThat(row.role()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(email, "")))
                .as("no password until the invitation is accepted")
                .isInstanceOf(BadCredentialsException.class);

        String token = link(email, 1);
        TestData.logout();
        assertThat(staff.invitee(token)).contains(email);
        assertThatThrownBy(() -> staff.accept(token, " ", "Nordmann", "Kari-Nordmann-2026"))
                .isInstanceOf(FieldValidationException.class);
        staff.accept(token, " Kari ", "Nordmann", "Kari-Nordmann-2026");

        var signedIn = provider.authenticate(new UsernamePasswordAuthenticationToken(email, "Kari-Nordmann-2026"));
        assertThat(((CurrentUser) signedIn.getPrincipal()).roles()).containsExactly(Role.ADMIN);
        assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Kari Nordmann");
        assertThat(staff.invitee(token)).as("the link works once").isEmpty();
        assertThatThrownBy(() -> staff.accept(token, "Eve", "", "Another-password-99"))
                .isInstanceOf(ActionRefusedException.class);
        data.loginAs(owner);
        assertThat(staff.list(email, PageRequest.of(0, 10)).getFirst().state(clock.instant()))
                .isEqualTo(StaffService.State.ACTIVE);
        assertThat(AuditEvents.byActor(ctx, email, 5))
                .extracting(e -> e.getAction())
                .contains("INVITATION_ACCEPTED");
    }

    @Test
    void aResentInvitationReplacesTheLinkAndARevokedOneRemovesTheLogin() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
        String email = TestData.uniqueEmail("resent");
        long id = staff.invite(new Invitation(email, Role.SUPPORT), Locale.ENGLISH);
        String first = link(email, 1);

        staff.resendInvitation(id, Locale.forLanguageTag("nb"));
        String second = link(email, 2);
        assertThat(Mails.to(mail, email, 2).get(1).getSubject()).startsWith("Du er invitert til");
        assertThat(staff.invitee(first)).as("the earlier link stops working").isEmpty();
        assertThat(staff.invitee(second)).contains(email);

        clock.advance(Duration.ofHours(72).plusMinutes(1));
        assertThat(staff.invitee(second)).as("72 hours later").isEmpty();
        assertThat(staff.list(email, PageRequest.of(0, 10)).getFirst().state(clock.instant()))
                .isEqualTo(StaffService.State.EXPIRED);

        staff.revokeInvitation(id);
        assertThat(staff.count(email)).isZero();
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anInvitationNeedsAFreeAddressAndARoleNotAboveTheInviters() {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        assertThatThrownBy(() -> staff.invite(new Invitation(TestData.uniqueEmail("x"), Role.VIEWER), Locale.ENGLISH))
                .as("only an owner invites")
                .isInstanceOf(AccessDeniedException.class);
        data.loginAs(data.staff(tenant, Role.OWNER));
        assertThatThrownBy(() -> staff.invite(new Invitation(admin.getEmail(), Role.VIEWER), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::getMessage)
                                .containsExactly("staff.email-taken"));
        assertThatThrownBy(() -> staff.invite(new Invitation("not an address", Role.SYSTEM_ADMIN), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::getMessage)
                                .containsExactlyInAnyOrder("validation.email", "staff.role-above-own"));
        assertThat(staff.assignableRoles()).doesNotContain(Role.SYSTEM_ADMIN).contains(Role.OWNER, Role.VIEWER);
    }

    @Test
    void rolesChangeNeverAboveOnesOwnAndTheLastOwnerStays() {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount portal = data.portalLogin(tenant, TestData.uniqueEmail("promote"));
        data.loginAs(data.staff(tenant, Role.ADMIN));
        assertThatThrownBy(() -> staff.assignRole(portal.getId(), Role.SUPPORT))
                .isInstanceOf(AccessDeniedException.class);

        data.loginAs(owner);
        assertThatThrownBy(() -> staff.assignRole(portal.getId(), Role.SYSTEM_ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        staff.assignRole(portal.getId(), Role.SUPPORT);
        CurrentUser promoted = logins.loadUserByUsername(portal.getEmail());
        assertThat(promoted.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.SUPPORT);
        assertThat(promoted.has(Role.ADMIN)).isFalse();

        assertThatThrownBy(() -> staff.assignRole(owner.getId(), Role.ADMIN))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("staff.last-owner"));
        UserAccount second = data.staff(tenant, Role.OWNER);
        staff.assignRole(owner.getId(), Role.ADMIN);
        assertThat(logins.loadUserByUsername(owner.getEmail()).roles()).containsExactly(Role.ADMIN);

        data.loginAs(owner);
        assertThatThrownBy(() -> staff.setActive(second.getId(), false))
                .as("an admin now: not allowed at all")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedStaffMemberIsSignedOutAndCannotSignInUntilReactivated() {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount support = data.staff(tenant, Role.SUPPORT);
        CurrentUser session = logins.loadUserByUsername(support.getEmail());
        data.loginAs(owner);
        assertThatThrownBy(() -> staff.setActive(owner.getId(), false))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("staff.not-yourself"));

        staff.setActive(support.getId(), false);

        assertThat(logins.sessionStillValid(support.getId(), session.sessionVersion()))
                .as("the open session ends")
                .isFalse();
        assertThatThrownBy(() -> provider.authenticate(
                        new UsernamePasswordAuthenticationToken(support.getEmail(), TestData.PASSWORD)))
                .isInstanceOf(DisabledException.class);
        assertThat(staff.bookable()).extracting(UserAccount::getId).doesNotContain(support.getId());

        staff.setActive(support.getId(), true);
        assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken(support.getEmail(), TestData.PASSWORD))
                        .isAuthenticated())
                .isTrue();
        assertThat(AuditEvents.byActor(ctx, owner.getEmail(), 5))
                .extracting(e -> e.getAction())
                .contains("STAFF_DEACTIVATED", "STAFF_REACTIVATED");
    }

    @Test
    void onlyStaffOfferedForBookingsAreBookable() {
        long tenant = data.tenant();
        UserAccount support = data.staff(tenant, Role.SUPPORT);
        UserAccount viewer = data.staff(tenant, Role.VIEWER);
        data.loginAs(data.staff(tenant, Role.ADMIN));
        assertThat(staff.bookable()).extracting(UserAccount::getId).contains(support.getId(), viewer.getId());

        staff.setBookable(viewer.getId(), false);

        assertThat(staff.bookable())
                .extracting(UserAccount::getId)
                .contains(support.getId())
                .doesNotContain(viewer.getId());
        data.loginAs(support);
        assertThatThrownBy(() -> staff.setBookable(viewer.getId(), true)).isInstanceOf(AccessDeniedException.class);
    }
}
