package io.clientele.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends LabelRepository<CustomerGroup> {
    /** [groupId, live members] for every group with members. */
    @Query("select m.id.groupId, count(m) from GroupMember m join Customer c on c.id = m.id.customerId "
            + "where c.deletedAt is null group by m.id.groupId")
    List<Object[]> countLiveMembers();

    /** Group names of a page of customers in one statement: [customerId, groupName]. */
    @Query("select m.id.customerId, g.name from GroupMember m join CustomerGroup g on g.id = m.id.groupId "
            + "where m.id.customerId in :customerIds order by g.name")
    List<Object[]> groupNames(Collection<Long> customerIds);

    @Query("select g from CustomerGroup g where g.id in (select m.id.groupId from GroupMember m "
            + "where m.id.customerId = :customerId) order by g.name")
    List<CustomerGroup> groupsOf(Long customerId);

    @Modifying
    @Query("delete from GroupMember m where m.id.customerId = :customerId")
    void removeAllOf(Long customerId);
}
