package io.clientele.pricesheet;

import io.clientele.base.OwnerType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriceSheetRepository extends JpaRepository<PriceSheet, Long> {
    List<PriceSheet> findAllByOrderByValidFromDescNameAsc();

    List<PriceSheet> findByNameContainingIgnoreCase(String part, Pageable page);

    long countByNameContainingIgnoreCase(String part);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

interface PriceSheetItemRepository extends JpaRepository<PriceSheetItem, Long> {
    List<PriceSheetItem> findByPriceSheetIdOrderByProductCodeAsc(Long priceSheetId);

    boolean existsByPriceSheetIdAndProductCodeIgnoreCase(Long priceSheetId, String productCode);
}

interface PriceSheetAssignmentRepository extends JpaRepository<PriceSheetAssignment, Long> {
    List<PriceSheetAssignment> findByOwnerTypeAndOwnerId(OwnerType ownerType, Long ownerId);

    Optional<PriceSheetAssignment> findByOwnerTypeAndOwnerIdAndPriceSheetId(
            OwnerType ownerType, Long ownerId, Long priceSheetId);
}
