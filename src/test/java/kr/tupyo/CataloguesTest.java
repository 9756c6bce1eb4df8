package kr.tupyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.Properties;
import kr.tupyo.audit.AuditEventType;
import kr.tupyo.platform.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The error catalogue and the audit-event catalogue: codes are unique across modules, every error
 * code has its message in Korean and English, and docs/errors.md and docs/audit-events.md are
 * generated from the code. When a document is out of date the test rewrites it and fails: commit it.
 */
class CataloguesTest {

    @Test
    void errorCodesAreUniqueAndTranslated() throws IOException {
        List<ErrorCode> codes = constants(ErrorCode.class);
        assertThat(codes.stream().map(ErrorCode::name).distinct().count()).as("unique error codes").isEqualTo(codes.size());
        Map<String, Properties> bundles = errorBundles();
        List<String> missing = new ArrayList<>();
        for (ErrorCode code : codes) {
            for (String language : List.of("en", "ko")) {
                Properties bundle = bundles.getOrDefault(language, new Properties());
                for (String key : List.of(code.messageKey(), code.messageKey() + ".title")) {
                    if (!bundle.containsKey(key)) {
                        missing.add(language + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("error messages missing").isEmpty();
        StringBuilder doc = new StringBuilder("""
                # Error catalogue

                Every API error is `application/problem+json` (RFC 9457) with `type` `urn:tupyo:problem:<code in kebab case>`,
                a localized `title` and `detail` (Accept-Language `ko` or `en`) and the stable `code` below.
                Generated from the `ErrorCode` enums by `CataloguesTest`; do not edit by hand.

                | code | HTTP | module | English message |
                |---|---|---|---|
                """);
        for (ErrorCode code : codes) {
            doc.append("| `").append(code.name()).append("` | ").append(code.status().value()).append(" | ")
                    .append(module(code.getClass())).append(" | ")
                    .append(bundles.get("en").getProperty(code.messageKey(), "").replace("|", "\\|")).append(" |\n");
        }
        writeOrCompare(Path.of("docs/errors.md"), doc.toString());
    }

    @Test
    void auditEventsAreUniqueAndDescribed() throws IOException {
        List<AuditEventType> events = constants(AuditEventType.class);
        assertThat(events.stream().map(AuditEventType::name).distinct().count()).as("unique audit events").isEqualTo(events.size());
        assertThat(events).allSatisfy(e -> assertThat(e.description()).isNotBlank());
        StringBuilder doc = new StringBuilder("""
                # Audit-event catalogue

                What the tamper-evident audit log records. Each entry has: sequence number, time, actor (account,
                `token:<name>`, `anonymous` or `system`), action (below), target, outcome (`SUCCESS`, `FAILURE`,
                `DENIED`), the caller's address, details (JSON), and the hash chaining it to the previous entry.
                Generated from the `AuditEventType` enums by `CataloguesTest`; do not edit by hand.

                | action | module | what happened |
                |---|---|---|
                """);
        for (AuditEventType event : events) {
            doc.append("| `").append(event.name()).append("` | ").append(module(event.getClass())).append(" | ")
                    .append(event.description().replace("|", "\\|")).append(" |\n");
        }
        writeOrCompare(Path.of("docs/audit-events.md"), doc.toString());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> constants(Class<T> type) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(type));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("kr.tupyo")) {
            try {
                Class<?> found = Class.forName(candidate.getBeanClassName());
                if (found.isEnum()) {
                    enums.add(found);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        enums.sort(Comparator.comparing(CataloguesTest::module).thenComparing(Class::getSimpleName));
        List<T> constants = new ArrayList<>();
        for (Class<?> e : enums) {
            for (Object constant : e.getEnumConstants()) {
                constants.add((T) constant);
            }
        }
        assertThat(constants).isNotEmpty();
        return constants;
    }

    private static String module(Class<?> type) {
        String rest = type.getPackageName().substring("kr.tupyo.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Map<String, Properties> errorBundles() throws IOException {
        Map<String, Properties> bundles = new HashMap<>();
        bundles.put("en", new Properties());
        bundles.put("ko", new Properties());
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/errors_*.properties")) {
            String language = resource.getFilename().endsWith("_ko.properties") ? "ko" : "en";
            try (var reader = new java.io.InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                bundles.get(language).load(reader);
            }
        }
        return bundles;
    }

    private static void writeOrCompare(Path file, String expected) throws IOException {
        String actual = Files.exists(file) ? Files.readString(file) : "";
        if (!actual.equals(expected)) {
            Files.writeString(file, expected);
        }
        assertThat(actual).as(file + " was out of date and has been regenerated: commit it").isEqualTo(expected);
    }

}
