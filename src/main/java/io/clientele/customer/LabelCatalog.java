package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Texts;
import io.clientele.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the services of Settings lists of named labels share (groups, consent fields, booking services): search, the name rule, unique
 * names and create, rename and delete, audited and for ADMIN.
 */
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public abstract class LabelCatalog<T extends NamedLabel> {
    private final LabelRepository<T> labels;
    private final AuditService audit;
    private final String entity;
    private final String noun;
    private final String takenKey;
    private final Function<String, T> factory;

    /** {@code entity} names the audit events ("GROUP" → GROUP_CREATED), {@code noun} their summaries ("group"). */
    protected LabelCatalog(
            LabelRepository<T> labels,
            AuditService audit,
            String entity,
            String noun,
            String takenKey,
            Function<String, T> factory) {
        this.labels = labels;
        this.audit = audit;
        this.entity = entity;
        this.noun = noun;
        this.takenKey = takenKey;
        this.factory = factory;
    }

    public List<T> all() {
        return labels.findAllByOrderByNameAsc();
    }

    public List<T> list(String search, Pageable page) {
        return labels.findByNameContainingIgnoreCase(Texts.searchText(search), page);
    }

    public long count(String search) {
        return labels.countByNameContainingIgnoreCase(Texts.searchText(search));
    }

    /** Customers per label id, as the Settings list shows them; labels without any are absent. */
    public abstract Map<Long, Long> memberCounts();

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public T create(String name) {
        String clean = LabelNames.valid(name);
        if (labels.existsByNameIgnoreCase(clean)) {
            throw new FieldValidationException("name", takenKey);
        }
        T label = saveUnique(factory.apply(clean));
        audit.record(entity + "_CREATED", entity, label.getId(), Summary.of(clean), null, Map.of("name", clean));
        return label;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void rename(long id, String name) {
        String clean = LabelNames.valid(name);
        T label = find(id);
        if (labels.existsByNameIgnoreCaseAndIdNot(clean, id)) {
            throw new FieldValidationException("name", takenKey);
        }
        String before = label.getName();
        label.setName(clean);
        saveUnique(label);
        audit.record(
                entity + "_RENAMED",
                entity,
                id,
                Summary.of(before, clean),
                Map.of("name", before),
                Map.of("name", clean));
    }

    /** What hangs on the label (memberships, answers) goes with it (ON DELETE CASCADE); the customers stay. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void delete(long id) {
        T label = find(id);
        long count = memberCounts().getOrDefault(id, 0L);
        labels.delete(label);
        audit.record(
                entity + "_DELETED",
                entity,
                id,
                Summary.of(label.getName(), count),
                Map.of("name", label.getName()),
                null);
    }

    T find(long id) {
        return labels.findById(id).orElseThrow(() -> new NoSuchElementException(noun + " " + id));
    }

    /** Two admins creating the same name at once: the unique constraint decides. */
    private T saveUnique(T label) {
        try {
            return labels.saveAndFlush(label);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("name", takenKey);
        }
    }
}
