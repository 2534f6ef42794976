package io.clientele.directory;

import static io.clientele.base.Texts.present;

import io.clientele.base.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Contacts and B2C customers share their filters (both have names, e-mail, gender and dates). */
final class PersonPredicates {
    private PersonPredicates() {}

    static List<Predicate> of(DirectoryFilter f, Root<?> root, CriteriaBuilder cb) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.isNull(root.get("deletedAt")));
        if (present(f.search())) {
            String like = LikePatterns.contains(f.search());
            p.add(cb.or(
                    cb.like(cb.lower(root.get("displayName")), like, LikePatterns.ESCAPE),
                    cb.like(cb.lower(root.get("email")), like, LikePatterns.ESCAPE)));
        }
        if (present(f.email())) {
            p.add(cb.like(cb.lower(root.get("email")), LikePatterns.contains(f.email()), LikePatterns.ESCAPE));
        }
        if (present(f.firstName())) {
            p.add(cb.like(cb.lower(root.get("firstName")), LikePatterns.contains(f.firstName()), LikePatterns.ESCAPE));
        }
        if (present(f.lastName())) {
            p.add(cb.like(cb.lower(root.get("lastName")), LikePatterns.contains(f.lastName()), LikePatterns.ESCAPE));
        }
        if (!f.ids().isEmpty()) {
            p.add(root.get("id").in(f.ids()));
        }
        if (!f.genders().isEmpty()) {
            p.add(root.get("gender").in(f.genders()));
        }
        p.addAll(f.created().within(cb, root.get("createdAt"), f.zone()));
        p.addAll(f.modified().within(cb, root.get("updatedAt"), f.zone()));
        return p;
    }
}
