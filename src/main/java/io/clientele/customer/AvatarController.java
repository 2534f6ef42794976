package io.clientele.customer;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves customer pictures to logged-in staff; the service's tenant filter hides other tenants' pictures. */
@RestController
class AvatarController {
    private final CustomerService customers;

    AvatarController(CustomerService customers) {
        this.customers = customers;
    }

    @GetMapping("/avatars/customers/{id}")
    ResponseEntity<byte[]> avatar(@PathVariable long id) {
        return customers
                .avatar(id)
                .map(a -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(a.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .body(a.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
