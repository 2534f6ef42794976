package io.clientele.messaging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findByUserAccountIdOrderByCreatedAtDesc(Long userAccountId, Pageable pageable);

    List<Notification> findByUserAccountIdAndReadAtIsNull(Long userAccountId);
}
