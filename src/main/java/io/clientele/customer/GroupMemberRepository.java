package io.clientele.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, GroupMember.Key> {}
