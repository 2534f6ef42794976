package io.clientele.customer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import java.util.Collection;
import java.util.List;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {
    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    @Query("select c.id from Customer c where c.id in (select ct.id.customerId from CustomerTeam ct where ct.id.teamId = :teamId)")
    List<Long> findIdsByTeam(Long teamId);

    List<Customer> findByIdIn(Collection<Long> ids);
}
