package kr.tupyo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** tupyo: voters list, early voting and the international visits desk of an election commission. */
@Modulithic(systemName = "tupyo", sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TupyoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TupyoApplication.class, args);
    }
}
