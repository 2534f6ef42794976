package io.clientele.duplicate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Notifications;
import io.clientele.duplicate.DuplicateService.Pair;
import io.clientele.duplicate.MergeService;
import io.clientele.duplicate.MergeService.Field;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Merge two customers side by side: which record survives, and for each field whose values differ, which value it
 * keeps. After the merge a notification offers Undo.
 */
class MergeDialog extends Dialog {
    final RadioButtonGroup<Long> survivor = new RadioButtonGroup<>();
    final Map<Field, RadioButtonGroup<Integer>> choices = new EnumMap<>(Field.class);

    MergeDialog(MergeService merges, Pair pair, Runnable merged) {
        setHeaderTitle(getTranslation("merge.title"));
        setId("merge-dialog");
        setWidth("40rem");
        Map<Field, String[]> values = merges.compare(pair.firstId(), pair.secondId());
        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setItems(pair.firstId(), pair.secondId());
        survivor.setItemLabelGenerator(
                id -> (id == pair.firstId() ? pair.firstName() : pair.secondName()) + " (#" + id + ")");
        survivor.setValue(pair.firstId());
        survivor.setId("merge-survivor");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.add(survivor);
        for (var e : values.entrySet()) {
            String[] v = e.getValue();
            if (v[0].equals(v[1])) {
                continue;
            }
            RadioButtonGroup<Integer> pick = new RadioButtonGroup<>(getTranslation("merge.field." + e.getKey()));
            pick.setItems(0, 1);
            pick.setItemLabelGenerator(i -> v[i].isEmpty()
                    ? getTranslation("merge.empty")
                    : e.getKey() == Field.STATUS ? getTranslation("customer.status." + v[i]) : v[i]);
            pick.setValue(v[0].isEmpty() ? 1 : 0);
            pick.setId("merge-" + e.getKey().name().toLowerCase());
            choices.put(e.getKey(), pick);
            fields.add(pick);
        }
        add(new Paragraph(getTranslation("merge.help")), fields);
        Button confirm = new Button(getTranslation("merge.confirm"), e -> {
            long keep = survivor.getValue();
            long gone = keep == pair.firstId() ? pair.secondId() : pair.firstId();
            // A choice names a column of the pair as listed; the merged record's column is the other one.
            int mergedSide = keep == pair.firstId() ? 1 : 0;
            Set<Field> fromMerged = EnumSet.noneOf(Field.class);
            choices.forEach((f, pick) -> {
                if (pick.getValue() == mergedSide) fromMerged.add(f);
            });
            try {
                long merge = merges.merge(keep, gone, fromMerged);
                close();
                merged.run();
                Notifications.withUndo(getTranslation("merge.done"), getTranslation("action.undo"), () -> {
                    merges.undo(merge);
                    Notifications.success(getTranslation("merge.undone"));
                    merged.run();
                });
            } catch (ActionRefusedException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.setId("confirm-merge");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
