package io.clientele.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerAvatarRepository extends JpaRepository<CustomerAvatar, Long> {}
