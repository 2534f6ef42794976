package io.clientele.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerConsentRepository extends JpaRepository<CustomerConsent, Long> {
    List<CustomerConsent> findByCustomerIdIn(Collection<Long> customerIds);

    Optional<CustomerConsent> findByCustomerIdAndFieldId(Long customerId, Long fieldId);

    /** [fieldId, live customers who said yes] for every field with such customers. */
    @Query("select k.fieldId, count(k) from CustomerConsent k join Customer c on c.id = k.customerId "
            + "where k.granted = true and c.deletedAt is null group by k.fieldId")
    List<Object[]> countGranted();
}
