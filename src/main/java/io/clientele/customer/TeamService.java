package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Texts;
import io.clientele.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings → Teams. Renaming or deleting a team keeps every member's Teams column in step. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class TeamService {
    private static final String ENTITY = "TEAM";
    private final TeamRepository teams;
    private final CustomerRepository customers;
    private final CustomerTeamRepository customerTeams;
    private final AuditService audit;

    TeamService(
            TeamRepository teams,
            CustomerRepository customers,
            CustomerTeamRepository customerTeams,
            AuditService audit) {
        this.teams = teams;
        this.customers = customers;
        this.customerTeams = customerTeams;
        this.audit = audit;
    }

    public List<Team> all() {
        return teams.findAllByOrderByNameAsc();
    }

    /** One page of the teams whose name contains {@code search} (blank: all). */
    public List<Team> list(String search, Pageable page) {
        return teams.findByNameContainingIgnoreCase(Texts.searchText(search), page);
    }

    public long count(String search) {
        return teams.countByNameContainingIgnoreCase(Texts.searchText(search));
    }

    /** Member count per team id; teams without members are absent. */
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        teams.countAllMembers().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public Team create(String name) {
        String clean = LabelNames.valid(name);
        if (teams.existsByNameIgnoreCase(clean)) {
            throw new FieldValidationException("name", "team.name-taken");
        }
        Team team = teams.save(new Team(clean));
        audit.record("TEAM_CREATED", ENTITY, team.getId(), Summary.of(clean), null, Map.of("name", clean));
        return team;
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void rename(long id, String name) {
        String clean = LabelNames.valid(name);
        Team team = teams.findById(id).orElseThrow(() -> new NoSuchElementException("Team " + id));
        if (teams.existsByNameIgnoreCaseAndIdNot(clean, id)) {
            throw new FieldValidationException("name", "team.name-taken");
        }
        String before = team.getName();
        team.setName(clean);
        teams.flush();
        relabel(customers.findIdsByTeam(id));
        audit.record(
                "TEAM_RENAMED", ENTITY, id, Summary.of(before, clean), Map.of("name", before), Map.of("name", clean));
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void delete(long id) {
        Team team = teams.findById(id).orElseThrow(() -> new NoSuchElementException("Team " + id));
        List<Long> members = customers.findIdsByTeam(id);
        customerTeams.deleteByTeam(id);
        teams.delete(team);
        teams.flush();
        relabel(members);
        audit.record(
                "TEAM_DELETED",
                ENTITY,
                id,
                Summary.of(team.getName(), members.size()),
                Map.of("name", team.getName()),
                null);
    }

    /** Recomputes the Teams column of the given customers, a chunk at a time; one with no team left serves all teams. */
    private void relabel(List<Long> customerIds) {
        for (int i = 0; i < customerIds.size(); i += 500) {
            List<Long> chunk = customerIds.subList(i, Math.min(customerIds.size(), i + 500));
            Map<Long, List<String>> names = new java.util.HashMap<>();
            for (Object[] row : customerTeams.teamNames(chunk)) {
                names.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add((String) row[1]);
            }
            for (Customer c : customers.findByIdIn(chunk)) {
                List<String> own = names.getOrDefault(c.getId(), List.of());
                CustomerService.showTeams(c, own.isEmpty(), own.stream());
            }
        }
    }
}
