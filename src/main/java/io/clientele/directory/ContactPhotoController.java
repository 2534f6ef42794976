package io.clientele.directory;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves contact photos to logged-in staff; the tenant filter hides other tenants' photos. */
@RestController
class ContactPhotoController {
    private final ContactService contacts;

    ContactPhotoController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/avatars/contacts/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return contacts.contactPhoto(id)
                .map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .body(p.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
