package io.clientele.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.FieldValidationException;
import java.util.Map;

/**
 * A side-panel form of the list pattern: Binder + Bean Validation on a draft, and the service's own rules
 * (a {@link FieldValidationException}) shown on the field they concern.
 */
public abstract class EntityForm<D> extends FormLayout {
    private final BeanValidationBinder<D> binder;
    private Map<String, ? extends HasValidation> fieldsByName = Map.of();
    private Focusable<?> first;

    protected EntityForm(Class<D> draftType) {
        binder = new BeanValidationBinder<>(draftType);
    }

    /** Call last in the subclass constructor: binds the fields by name and names the ones server rules target. */
    protected void bind(Map<String, ? extends HasValidation> fieldsByName, Focusable<?> first) {
        binder.bindInstanceFields(this);
        this.fieldsByName = fieldsByName;
        this.first = first;
    }

    public void edit(D draft) {
        binder.readBean(draft);
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        first.focus();
    }

    public void focusFirst() {
        first.focus();
    }

    /** The user changed a field since the form was filled. */
    public boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Copies valid input into {@code draft}; false (with messages on the fields) when invalid. */
    public boolean writeTo(D draft) {
        return binder.writeBeanIfValid(draft);
    }

    /**
     * A save button for this form on {@code draft}: validates, calls {@code save}, then {@code saved}. A rule the
     * service refuses lands on its field; a stale edit or refused action is explained; the input stays.
     */
    public Button saveButton(String text, String id, D draft, java.util.function.Consumer<D> save, Runnable saved) {
        Button button = SidePanel.primary(text, () -> {
            if (!writeTo(draft)) {
                return;
            }
            try {
                save.accept(draft);
                binder.readBean(draft);
                saved.run();
            } catch (FieldValidationException e) {
                show(e);
            } catch (io.clientele.base.ConcurrentEditException e) {
                Notifications.error(getTranslation(e.getMessage()));
            } catch (io.clientele.base.ActionRefusedException e) {
                Notifications.refused(e);
            }
        });
        button.setId(id);
        button.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(this);
        return button;
    }

    /** Puts every problem the service found on its field. */
    public void show(FieldValidationException e) {
        FieldMessages.show(e, fieldsByName, (HasValidation) first);
    }
}
