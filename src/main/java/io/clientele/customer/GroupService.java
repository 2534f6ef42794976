package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Texts;
import io.clientele.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.*;

/** Settings → Groups and a customer's own groups; bulk assignment is {@link CustomerBulkService}'s. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class GroupService {
    private static final String ENTITY = "GROUP";
    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final CustomerRepository customers;
    private final AuditService audit;

    GroupService(GroupRepository groups, GroupMemberRepository members, CustomerRepository customers, AuditService audit) {
        this.groups = groups;
        this.members = members;
        this.customers = customers;
        this.audit = audit;
    }

    public List<CustomerGroup> all() {
        return groups.findAllByOrderByNameAsc();
    }

    public List<CustomerGroup> list(String search, Pageable page) {
        return groups.findByNameContainingIgnoreCase(Objects.toString(Texts.trimToNull(search), ""), page);
    }

    public long count(String search) {
        return groups.countByNameContainingIgnoreCase(Objects.toString(Texts.trimToNull(search), ""));
    }

    /** Live members per group id; groups without members are absent. */
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        groups.countLiveMembers().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Group names per customer for a page of rows, in one statement. */
    public Map<Long, List<String>> namesOf(Collection<Long> customerIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (!customerIds.isEmpty()) {
            groups.groupNames(customerIds).forEach(row ->
                    names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return names;
    }

    public List<CustomerGroup> groupsOf(long customerId) {
        return groups.groupsOf(customerId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public CustomerGroup create(String name) {
        String clean = LabelNames.valid(name);
        if (groups.existsByNameIgnoreCase(clean)) {
            throw new FieldValidationException("name", "group.name-taken");
        }
        CustomerGroup group = saveUnique(new CustomerGroup(clean));
        audit.record("GROUP_CREATED", ENTITY, group.getId(), "Created group " + clean, null, Map.of("name", clean));
        return group;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void rename(long id, String name) {
        String clean = LabelNames.valid(name);
        CustomerGroup group = groups.findById(id).orElseThrow(() -> new NoSuchElementException("Group " + id));
        if (groups.existsByNameIgnoreCaseAndIdNot(clean, id)) {
            throw new FieldValidationException("name", "group.name-taken");
        }
        String before = group.getName();
        group.setName(clean);
        saveUnique(group);
        audit.record("GROUP_RENAMED", ENTITY, id, "Renamed group " + before + " to " + clean, Map.of("name", before),
                Map.of("name", clean));
    }

    /** Memberships go with the group (ON DELETE CASCADE); the customers stay. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void delete(long id) {
        CustomerGroup group = groups.findById(id).orElseThrow(() -> new NoSuchElementException("Group " + id));
        long count = memberCounts().getOrDefault(id, 0L);
        groups.delete(group);
        audit.record("GROUP_DELETED", ENTITY, id, "Deleted group " + group.getName() + " (" + count + " customers)",
                Map.of("name", group.getName()), null);
    }

    /** The detail page's Groups: exactly {@code selected} afterwards. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setGroups(long customerId, Set<CustomerGroup> selected) {
        Customer c = customers.findById(customerId).orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
        String before = label(groups.groupsOf(customerId));
        List<CustomerGroup> chosen = groups.findAllById(selected.stream().map(CustomerGroup::getId).toList());
        groups.removeAllOf(customerId);
        members.saveAll(chosen.stream().map(g -> new GroupMember(g.getId(), customerId)).toList());
        String after = label(chosen);
        audit.record("CUSTOMER_GROUPS_SET", "CUSTOMER", customerId, "Groups of " + c.getDisplayName() + " set to "
                + (after.isEmpty() ? "none" : after), Map.of("groups", before), Map.of("groups", after));
    }

    private static String label(List<CustomerGroup> list) {
        return CustomerService.label(list.stream().map(CustomerGroup::getName));
    }

    /** Two admins creating the same name at once: the unique constraint decides. */
    private CustomerGroup saveUnique(CustomerGroup group) {
        try {
            return groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("name", "group.name-taken");
        }
    }
}
