package io.clientele.directory;

import io.clientele.base.OwnerType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AddressRepository extends JpaRepository<Address, Long> {
    List<Address> findByOwnerTypeAndOwnerIdOrderByKindAscIdAsc(OwnerType ownerType, Long ownerId);

    @Modifying(flushAutomatically = true)
    @Query(
            "UPDATE Address a SET a.defaultKind = NULL WHERE a.ownerType = :type AND a.ownerId = :owner AND a.kind = :kind "
                    + "AND a.id <> :keep")
    void clearDefault(OwnerType type, Long owner, AddressKind kind, Long keep);
}
