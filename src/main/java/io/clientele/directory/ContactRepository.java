package io.clientele.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {
    List<Contact> findByOrganizationIdAndDeletedAtIsNullOrderByDisplayNameAsc(Long organizationId);

    /** [organizationId, live contacts] for the given organizations that have any. */
    @Query("SELECT c.organizationId, COUNT(c) FROM Contact c WHERE c.deletedAt IS NULL AND c.organizationId IN :ids "
            + "GROUP BY c.organizationId")
    List<Object[]> countLiveByOrganization(Collection<Long> ids);

    long countByDeletedAtIsNullAndOrganizationIdIn(Collection<Long> ids);

    java.util.Optional<Contact> findFirstByEmailIgnoreCaseAndDeletedAtIsNullOrderById(String email);

    /** A null organization finds a contact without a company. */
    java.util.Optional<Contact> findFirstByDisplayNameIgnoreCaseAndOrganizationIdAndDeletedAtIsNullOrderById(
            String displayName, Long organizationId);
}
