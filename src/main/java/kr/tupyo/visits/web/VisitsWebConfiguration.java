package kr.tupyo.visits.web;

import java.util.Set;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The visits desk's entries on the home page, and its one public path: the request form. */
@Configuration(proxyBeanMethods = false)
class VisitsWebConfiguration {

    private static final Set<String> READERS = Set.of("VISITS_OFFICER", "ADMIN", "OBSERVER");

    @Bean
    PublicPaths visitsPublicPaths() {
        return PublicPaths.of("/visits/request");
    }

    @Bean
    HomeTile visitsDeskTile() {
        return new HomeTile("visits.tile.desk.title", "visits.tile.desk.description", "/visits", READERS, 600);
    }

    @Bean
    HomeTile visitsCalendarTile() {
        return new HomeTile("visits.tile.calendar.title", "visits.tile.calendar.description", "/visits/calendar", READERS, 610);
    }

    @Bean
    HomeTile visitsStatisticsTile() {
        return new HomeTile("visits.tile.statistics.title", "visits.tile.statistics.description", "/visits/statistics", READERS, 620);
    }
}
