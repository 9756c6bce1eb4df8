package kr.tupyo.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import kr.tupyo.platform.TupyoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole service: an external PostgreSQL when {@code TUPYO_DATABASE_URL} is
 * set, otherwise the embedded server. Nothing else in the code knows which one it is.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(TupyoProperties properties) throws IOException {
        TupyoProperties.Database db = properties.database();
        HikariConfig config = new HikariConfig();
        config.setPoolName("tupyo");
        config.setMaximumPoolSize(db != null ? db.poolSize() : TupyoProperties.Database.DEFAULT_POOL_SIZE);
        // PostgreSQL's DETAIL of an error names the values of a violated key (an RRN's lookup hash, say), and pgJDBC
        // puts it, and a failed batch's parameters, into the exception's message, which the job workers log whole.
        // A driver property rather than part of the URL, so that an external server's URL as given gets it too (a URL
        // that sets logServerErrorDetail itself wins: pgJDBC reads the URL's parameters last).
        config.addDataSourceProperty("logServerErrorDetail", "false");
        if (db != null && db.isExternal()) {
            log.info("Using external PostgreSQL at {}", JdbcUrls.masked(db.url()));
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            return new HikariDataSource(config);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties.dataDir(),
                db != null ? db.embeddedSharedBuffers() : TupyoProperties.Database.DEFAULT_SHARED_BUFFERS);
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        try {
            return new EmbeddedHikariDataSource(config, server);
        } catch (RuntimeException e) {
            server.close(); // no pool, no bean to close it later: do not leave postgres running
            throw e;
        }
    }

    /** Closes the embedded server after the pool, so that shutdown leaves no postgres behind. */
    static final class EmbeddedHikariDataSource extends HikariDataSource {
        private final EmbeddedPostgresServer server;

        EmbeddedHikariDataSource(HikariConfig config, EmbeddedPostgresServer server) {
            super(config);
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

}
