package io.clientele.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
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

    /** Copies valid input into {@code draft}; false (with messages on the fields) when invalid. */
    public boolean writeTo(D draft) {
        return binder.writeBeanIfValid(draft);
    }

    public void show(FieldValidationException e) {
        HasValidation field = fieldsByName.containsKey(e.field()) ? fieldsByName.get(e.field())
                : (HasValidation) first;
        field.setErrorMessage(getTranslation(e.getMessage(), e.args()));
        field.setInvalid(true);
    }
}
