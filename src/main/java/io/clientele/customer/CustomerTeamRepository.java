package io.clientele.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerTeamRepository extends JpaRepository<CustomerTeam, CustomerTeam.Key> {
    /** Team names of a page of customers in one statement: [customerId, teamName]. */
    @Query("select ct.id.customerId, t.name from CustomerTeam ct join Team t on t.id = ct.id.teamId "
            + "where ct.id.customerId in :customerIds order by t.name")
    List<Object[]> teamNames(Collection<Long> customerIds);

    @Query("select ct.id.teamId from CustomerTeam ct where ct.id.customerId = :customerId")
    List<Long> teamIds(Long customerId);

    @Modifying
    @Query("delete from CustomerTeam ct where ct.id.customerId = :customerId")
    void deleteByCustomer(Long customerId);

    @Modifying
    @Query("delete from CustomerTeam ct where ct.id.teamId = :teamId")
    void deleteByTeam(Long teamId);
}
