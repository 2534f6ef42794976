package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.security.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings → Groups and a customer's own groups; bulk assignment is {@link CustomerBulkService}'s. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class GroupService extends LabelCatalog<CustomerGroup> {
    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final CustomerRepository customers;
    private final AuditService audit;

    GroupService(
            GroupRepository groups, GroupMemberRepository members, CustomerRepository customers, AuditService audit) {
        super(groups, audit, "GROUP", "group", "group.name-taken", CustomerGroup::new);
        this.groups = groups;
        this.members = members;
        this.customers = customers;
        this.audit = audit;
    }

    /** Live members per group id; groups without members are absent. */
    @Override
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        groups.countLiveMembers().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Group names per customer for a page of rows, in one statement. */
    public Map<Long, List<String>> namesOf(Collection<Long> customerIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (!customerIds.isEmpty()) {
            groups.groupNames(customerIds)
                    .forEach(row -> names.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                            .add((String) row[1]));
        }
        return names;
    }

    public List<CustomerGroup> groupsOf(long customerId) {
        return groups.groupsOf(customerId);
    }

    /** The detail page's Groups: exactly {@code selected} afterwards. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setGroups(long customerId, Set<CustomerGroup> selected) {
        Customer c =
                customers.findById(customerId).orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
        String before = label(groups.groupsOf(customerId));
        List<CustomerGroup> chosen =
                groups.findAllById(selected.stream().map(CustomerGroup::getId).toList());
        groups.removeAllOf(customerId);
        members.saveAll(
                chosen.stream().map(g -> new GroupMember(g.getId(), customerId)).toList());
        String after = label(chosen);
        audit.record(
                "CUSTOMER_GROUPS_SET",
                "CUSTOMER",
                customerId,
                Summary.of(c.getDisplayName(), chosen.size(), after),
                Map.of("groups", before),
                Map.of("groups", after));
    }

    private static String label(List<CustomerGroup> list) {
        return CustomerService.label(list.stream().map(CustomerGroup::getName));
    }
}
