package kr.tupyo.visits.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.visits.Topic;
import org.springframework.stereotype.Service;

/** The visit's PDFs, in Korean or English: itinerary, briefing note, name cards, thank-you letter. */
@Service
public class VisitDocuments {

    public enum Kind {
        ITINERARY("visits/pdf/itinerary"),
        BRIEFING("visits/pdf/briefing"),
        NAME_CARDS("visits/pdf/name-cards"),
        LETTER("visits/pdf/letter");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind ofSlug(String slug) {
            return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private final VisitView view;
    private final PdfRenderer renderer;

    VisitDocuments(VisitView view, PdfRenderer renderer) {
        this.view = view;
        this.renderer = renderer;
    }

    public byte[] render(UUID visitId, Kind kind, Locale locale) {
        VisitView.Whole whole = view.of(visitId, locale);
        Map<String, Object> model = new HashMap<>();
        model.put("v", whole);
        model.put("country", Locale.of("", whole.visit().country()).getDisplayCountry(locale));
        model.put("topics", whole.visit().topics());
        model.put("anticipated", whole.visit().topics().stream().map(Topic::name).toList());
        model.put("previousReports", view.reportsOf(whole.previous()));
        model.put("ko", "ko".equals(locale.getLanguage()));
        return renderer.render(kind.template, locale, model);
    }
}
