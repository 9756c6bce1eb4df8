package kr.tupyo.registry.web;

import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.platform.Problems;
import kr.tupyo.registry.internal.DisqualificationImport;
import kr.tupyo.registry.internal.DivisionImport;
import kr.tupyo.registry.internal.EventImport;
import kr.tupyo.registry.internal.ExtractImport;
import kr.tupyo.registry.internal.ImportJobs;
import kr.tupyo.registry.internal.ImportKind;
import kr.tupyo.registry.internal.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload with a progress bar (static/js/registry/imports.js posts the file here with
 * the session's CSRF token and polls {@link ImportProgressJsonController} while the import runs) and the recent imports.
 */
@Controller
class RegistryPagesController {

    private final RegistryImports imports;
    private final ImportJobs jobs;
    private final Map<ImportKind, TabularImport> kinds;
    private final Problems problems;
    private final MessageSource messages;

    RegistryPagesController(RegistryImports imports, ImportJobs jobs, DivisionImport divisions, ExtractImport extracts,
                            EventImport events, DisqualificationImport disqualifications, Problems problems,
                            MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.kinds = Map.of(ImportKind.DIVISIONS, divisions, ImportKind.EXTRACT, extracts, ImportKind.EVENTS, events,
                ImportKind.DISQUALIFICATIONS, disqualifications);
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/registry")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    String page(Model model, Locale locale) {
        List<ImportView> recent = jobs.newest(null, 30).stream().map(r -> ImportView.of(r, messages, locale)).toList();
        model.addAttribute("imports", recent);
        model.addAttribute("kinds", ImportKind.values());
        return "registry/imports";
    }

    @PostMapping("/registry/imports")
    @RolesAllowed("ADMIN")
    @ResponseBody
    ResponseEntity<Object> upload(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @RequestParam(required = false) UUID importId, Principal caller, Locale locale) {
        LocalDate effective = kind == ImportKind.DIVISIONS || kind == ImportKind.EXTRACT ? date : null;
        try {
            return ResponseEntity.status(201).body(imports.run(kinds.get(kind), file, effective, importId,
                    caller.getName(), locale));
        } catch (ProblemException e) {
            // Answered here, not by the API's advice: this is a page controller, whose failures get the HTML error page.
            Map<String, Object> body = Problems.asMap(problems.of(e, locale));
            return ResponseEntity.status(e.code().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile registryTile() {
            return new HomeTile("registry.tile.title", "registry.tile.description", "/registry",
                    Set.of("ADMIN", "ROLL_OFFICER", "OBSERVER"), 200);
        }
    }
}
