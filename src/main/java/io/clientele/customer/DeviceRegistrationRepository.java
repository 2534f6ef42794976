package io.clientele.customer;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceRegistrationRepository extends JpaRepository<DeviceRegistration, Long> {
    /** Which of a page of customers can receive push notifications, in one statement. */
    @Query(
            "select distinct d.customerId from DeviceRegistration d where d.active = true and d.customerId in :customerIds")
    Set<Long> pushable(Collection<Long> customerIds);
}
