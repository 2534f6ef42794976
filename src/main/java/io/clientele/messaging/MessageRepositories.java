package io.clientele.messaging;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<Message, Long> {}

interface MessageRecipientRepository extends JpaRepository<MessageRecipient, Long> {
    List<MessageRecipient> findByCustomerIdOrderByIdDesc(Long customerId, Pageable page);

    long countByCustomerId(Long customerId);
}
