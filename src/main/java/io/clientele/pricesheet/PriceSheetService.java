package io.clientele.pricesheet;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Money;
import io.clientele.base.OwnerType;
import io.clientele.base.Texts;
import io.clientele.directory.AddressService;
import io.clientele.security.Roles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Price sheets of the tenant (Settings → Price sheets) and their assignment to companies and customers. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class PriceSheetService {
    private static final String ENTITY = "PRICE_SHEET";

    private final PriceSheetRepository sheets;
    private final PriceSheetItemRepository items;
    private final PriceSheetAssignmentRepository assignments;
    private final AuditService audit;
    private final AddressService addresses;

    PriceSheetService(
            PriceSheetRepository sheets,
            PriceSheetItemRepository items,
            PriceSheetAssignmentRepository assignments,
            AuditService audit,
            AddressService addresses) {
        this.addresses = addresses;
        this.sheets = sheets;
        this.items = items;
        this.assignments = assignments;
        this.audit = audit;
    }

    /** A tenant keeps tens of sheets, newest validity first. */
    public List<PriceSheet> all() {
        return sheets.findAllByOrderByValidFromDescNameAsc();
    }

    /** One page of the sheets whose name contains {@code search} (blank: all). */
    public List<PriceSheet> list(String search, Pageable page) {
        return sheets.findByNameContainingIgnoreCase(Texts.searchText(search), page);
    }

    public long count(String search) {
        return sheets.countByNameContainingIgnoreCase(Texts.searchText(search));
    }

    public Optional<PriceSheet> find(long id) {
        return sheets.findById(id);
    }

    public List<PriceSheetItem> items(long sheetId) {
        return items.findByPriceSheetIdOrderByProductCodeAsc(sheetId);
    }

    public PriceSheetDraft draftOf(long id) {
        PriceSheet s = sheets.findById(id).orElseThrow();
        PriceSheetDraft d = new PriceSheetDraft();
        d.setName(s.getName());
        d.setCurrency(s.getCurrency());
        d.setValidFrom(s.getValidFrom());
        d.setValidTo(s.getValidTo());
        d.setVersion(s.getVersion());
        return d;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long save(Long id, PriceSheetDraft d) {
        PriceSheet s = id == null ? new PriceSheet() : sheets.findById(id).orElseThrow();
        if (id != null && s.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        FieldErrors errors = FieldErrors.of(d);
        errors.require(
                d.getValidTo() == null
                        || d.getValidFrom() == null
                        || !d.getValidTo().isBefore(d.getValidFrom()),
                "validTo",
                "pricesheet.valid-to-before-from");
        errors.require(Money.isKnownCurrency(d.getCurrency()), "currency", "validation.currency");
        errors.require(
                errors.has("name")
                        || !sheets.existsByNameIgnoreCaseAndIdNot(d.getName().trim(), id == null ? -1L : id),
                "name",
                "pricesheet.name-taken");
        errors.throwIfAny();
        s.setName(d.getName().trim());
        s.setCurrency(d.getCurrency());
        s.setValidFrom(d.getValidFrom());
        s.setValidTo(d.getValidTo());
        try {
            sheets.saveAndFlush(s);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("name", "pricesheet.name-taken");
        }
        audit.record(
                id == null ? "PRICE_SHEET_CREATED" : "PRICE_SHEET_UPDATED",
                ENTITY,
                s.getId(),
                Summary.of(s.getName()),
                null,
                null);
        return s.getId();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void delete(long id) {
        PriceSheet s = sheets.findById(id).orElseThrow();
        // Items and assignments go with it (ON DELETE CASCADE).
        sheets.delete(s);
        audit.record("PRICE_SHEET_DELETED", ENTITY, id, Summary.of(s.getName()), null, null);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void addItem(long sheetId, String productCode, String description, BigDecimal unitPrice) {
        PriceSheet s = sheets.findById(sheetId).orElseThrow();
        String code = productCode == null ? "" : productCode.trim().toUpperCase(Locale.ROOT);
        FieldErrors errors = new FieldErrors();
        errors.require(code.matches("[A-Z0-9._-]{1,40}"), "productCode", "pricesheet.code-invalid");
        errors.require(
                description != null && !description.isBlank() && description.length() <= 200,
                "description",
                "validation.required");
        errors.require(Money.isPrice(unitPrice), "unitPrice", "pricesheet.price-invalid");
        errors.require(
                errors.has("productCode") || !items.existsByPriceSheetIdAndProductCodeIgnoreCase(sheetId, code),
                "productCode",
                "pricesheet.code-taken");
        errors.throwIfAny();
        items.save(new PriceSheetItem(sheetId, code, description.trim(), unitPrice));
        audit.record(
                "PRICE_SHEET_ITEM_ADDED",
                ENTITY,
                sheetId,
                Summary.of(code, unitPrice, s.getCurrency(), s.getName()),
                null,
                null);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void removeItem(long sheetId, long itemId) {
        items.findById(itemId).filter(i -> i.getPriceSheetId() == sheetId).ifPresent(i -> {
            items.delete(i);
            audit.record("PRICE_SHEET_ITEM_REMOVED", ENTITY, sheetId, Summary.of(i.getProductCode()), null, null);
        });
    }

    // --- assignment to companies and customers ---

    /** Assigned sheets, the one in effect today marked: valid today, and of those the latest to start. */
    public List<AssignedSheet> assigned(OwnerType type, long ownerId, LocalDate today) {
        List<PriceSheet> list = sheets.findAllById(assignments.findByOwnerTypeAndOwnerId(type, ownerId).stream()
                .map(PriceSheetAssignment::getPriceSheetId)
                .toList());
        Optional<PriceSheet> effective = list.stream()
                .filter(s -> s.isValidOn(today))
                .max(Comparator.comparing(PriceSheet::getValidFrom).thenComparing(PriceSheet::getId));
        return list.stream()
                .sorted(Comparator.comparing(PriceSheet::getValidFrom).reversed())
                .map(s -> new AssignedSheet(
                        s, effective.map(e -> e.getId().equals(s.getId())).orElse(false)))
                .toList();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void assign(OwnerType type, long ownerId, long sheetId) {
        addresses.requireOwner(type, ownerId);
        PriceSheet s = sheets.findById(sheetId).orElseThrow();
        if (assignments
                .findByOwnerTypeAndOwnerIdAndPriceSheetId(type, ownerId, sheetId)
                .isPresent()) {
            throw new ActionRefusedException("pricesheet.already-assigned", s.getName());
        }
        assignments.save(new PriceSheetAssignment(sheetId, type, ownerId));
        audit.record("PRICE_SHEET_ASSIGNED", type.name(), ownerId, Summary.of(s.getName()), null, null);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void unassign(OwnerType type, long ownerId, long sheetId) {
        assignments
                .findByOwnerTypeAndOwnerIdAndPriceSheetId(type, ownerId, sheetId)
                .ifPresent(a -> {
                    assignments.delete(a);
                    audit.record(
                            "PRICE_SHEET_UNASSIGNED",
                            type.name(),
                            ownerId,
                            Summary.of(sheets.findById(sheetId)
                                    .map(PriceSheet::getName)
                                    .orElse("")),
                            null,
                            null);
                });
    }
}
