package io.clientele.impersonation;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The new tab the green icon opens: enters the support session and shows the portal. */
@Controller
class SupportController {
    private final SupportSwitch support;

    SupportController(SupportSwitch support) {
        this.support = support;
    }

    @GetMapping("/support/enter")
    ResponseEntity<String> enter(@RequestParam(required = false) String token, HttpServletRequest request) {
        try {
            support.enter(token, request.getSession());
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(request.getContextPath() + "/portal"))
                    .build();
        } catch (ActionRefusedException | AccessDeniedException e) {
            String key = e instanceof ActionRefusedException r ? r.getMessage() : "support.refused.denied";
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(Messages.text(Messages.locale(request.getLocale().getLanguage()), key));
        }
    }
}
