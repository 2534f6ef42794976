package io.clientele.customer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The reads every catalog of named labels needs (groups, consent fields). */
@NoRepositoryBean
public interface LabelRepository<T extends NamedLabel> extends JpaRepository<T, Long> {
    List<T> findAllByOrderByNameAsc();

    List<T> findByNameContainingIgnoreCase(String part, Pageable page);

    long countByNameContainingIgnoreCase(String part);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
