package io.clientele.messaging;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findByUserAccountIdOrderByCreatedAtDesc(Long userAccountId, Pageable pageable);

    List<Notification> findByUserAccountIdAndReadAtIsNull(Long userAccountId);
}
