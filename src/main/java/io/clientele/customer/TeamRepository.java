package io.clientele.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {
    List<Team> findAllByOrderByNameAsc();

    List<Team> findByNameContainingIgnoreCase(String part, org.springframework.data.domain.Pageable page);

    long countByNameContainingIgnoreCase(String part);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /** [teamId, members] for every team with members, in one statement. */
    @org.springframework.data.jpa.repository.Query(
            "select ct.id.teamId, count(ct) from CustomerTeam ct group by ct.id.teamId")
    List<Object[]> countAllMembers();
}
