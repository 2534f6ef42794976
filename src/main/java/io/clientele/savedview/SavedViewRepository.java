package io.clientele.savedview;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {
    @Query("SELECT v FROM SavedView v WHERE v.listPath = :path AND (v.ownerId = :owner OR v.shared = true) "
            + "ORDER BY lower(v.name), v.id")
    List<SavedView> visible(String path, long owner);

    Optional<SavedView> findByOwnerIdAndListPathAndName(long ownerId, String listPath, String name);
}
