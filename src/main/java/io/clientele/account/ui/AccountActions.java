package io.clientele.account.ui;

import com.vaadin.flow.component.UI;
import io.clientele.account.AccountAction;
import io.clientele.account.AccountRow;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.TypedConfirmDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The actions of one customer account (product page 4's table), the same in the list's ⋮ menu and on the
 * account page's header. Where they lead differs per place: {@code places} maps VIEW, EDIT and MANAGE_SHARED to
 * what the caller does for them (an action without a place is not offered); {@code changed} runs after recover
 * or a soft delete, {@code gone} after a permanent delete.
 */
final class AccountActions {
    private AccountActions() {}

    static List<RowActions.Action> of(
            CustomerAccountService accounts,
            AccountRow r,
            Map<AccountAction, Runnable> places,
            Runnable changed,
            Runnable gone) {
        UI ui = UI.getCurrent();
        List<RowActions.Action> list = new ArrayList<>();
        for (AccountAction a : AccountAction.values()) {
            if (!r.actions().contains(a)) continue;
            Runnable run = switch (a) {
                case VIEW, EDIT, MANAGE_SHARED -> places.get(a);
                case RECOVER -> () -> new RecoverDialog(accounts, r, changed).open();
                case DELETE -> () -> confirmDelete(accounts, r, false, changed);
                case PERMANENTLY_DELETE -> () -> confirmDelete(accounts, r, true, gone);
            };
            if (run != null) {
                list.add(new RowActions.Action(
                        ui.getTranslation("account.action." + a),
                        run,
                        a.name().toLowerCase().replace('_', '-')));
            }
        }
        return list;
    }

    private static void confirmDelete(
            CustomerAccountService accounts, AccountRow r, boolean permanently, Runnable done) {
        UI ui = UI.getCurrent();
        String prefix = permanently ? "account.permanent-delete" : "account.delete";
        new TypedConfirmDialog(
                        ui.getTranslation(prefix + "-title"),
                        ui.getTranslation(prefix + "-warning", r.organizationName()),
                        permanently ? TypedConfirmDialog.Effect.PERMANENT : TypedConfirmDialog.Effect.RECOVERABLE,
                        ui.getTranslation("action.delete"),
                        () -> {
                            if (permanently) {
                                accounts.permanentlyDelete(r.id());
                            } else {
                                accounts.softDelete(r.id());
                            }
                            Notifications.success(ui.getTranslation(prefix + "d", r.organizationName()));
                            done.run();
                        })
                .open();
    }
}
