package kr.tupyo.audit.web;

import jakarta.annotation.security.RolesAllowed;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.audit.AuditVerification;
import kr.tupyo.platform.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPageController {

    private final AuditEntries entries;

    AuditPageController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/audit")
    @RolesAllowed({"ADMIN", "OBSERVER"})
    String log(@RequestParam(required = false) Long before, Model model) {
        model.addAttribute("entries", entries.newest(100, before));
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    @RolesAllowed({"ADMIN", "OBSERVER"})
    String verify(Model model) {
        AuditVerification result = entries.verify();
        model.addAttribute("verification", result);
        model.addAttribute("entries", entries.newest(100, null));
        return "audit/log";
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile auditTile() {
            return new HomeTile("audit.tile.title", "audit.tile.description", "/audit",
                    java.util.Set.of("ADMIN", "OBSERVER"), 900);
        }
    }
}
