package io.clientele.account;

import io.clientele.customer.Customer;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Customer accounts are BUSINESS customers with an organization: this repository sees them from that side. */
interface CustomerAccountRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {
    Optional<Customer> findByOrganizationId(Long organizationId);

    boolean existsByOrganizationIdAndIdNot(Long organizationId, Long id);

    boolean existsByCustomerNumberAndIdNot(String customerNumber, Long id);

    boolean existsByUserAccountIdAndIdNot(Long userAccountId, Long id);
}
