package kr.tupyo.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.RegistryError;
import kr.tupyo.registry.internal.ImportRejectedException;
import kr.tupyo.registry.internal.ImportRunner;
import kr.tupyo.registry.internal.TabularImport;
import kr.tupyo.registry.internal.UploadedFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the API and the upload page share: runs an uploaded file through its import and turns a
 * rejection into the {@code IMPORT_REJECTED} problem that lists every error with its message.
 */
@Component
class RegistryImports {

    private final ImportRunner runner;
    private final MessageSource messages;
    private final Clock clock;

    RegistryImports(ImportRunner runner, MessageSource messages, Clock clock) {
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
    }

    ImportView run(TabularImport kind, MultipartFile file, LocalDate date, UUID importId, String actor, Locale locale) {
        LocalDate effective = date != null ? date : LocalDate.now(clock.withZone(KoreaTime.ZONE));
        try {
            return ImportView.of(runner.run(kind, uploaded(file), importId, effective, actor), messages, locale);
        } catch (ImportRejectedException e) {
            ImportView view = ImportView.of(e.report(), messages, locale);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("importId", view.id());
            body.put("kind", view.kind());
            body.put("sha256", view.sha256());
            body.put("rowsProcessed", view.rowsProcessed());
            body.put("errorCount", view.errorCount());
            body.put("warningCount", view.warningCount());
            body.put("errors", view.errors());
            body.put("warnings", view.warnings());
            throw new ProblemException(RegistryError.IMPORT_REJECTED, body, view.errorCount());
        }
    }

    private static UploadedFile uploaded(MultipartFile file) {
        return new UploadedFile() {
            @Override
            public String name() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }

    static List<ImportView> summaries(List<ImportView> views) {
        return views.stream().map(ImportView::summary).toList();
    }
}
