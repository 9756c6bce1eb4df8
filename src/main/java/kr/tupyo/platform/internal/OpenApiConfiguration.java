package kr.tupyo.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs: Bearer tokens everywhere; errors are problem+json (docs/errors.md). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tupyoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("tupyo API").version("v1").description("""
                        Voters list, early voting and international visits of an election commission.
                        Authenticate with `Authorization: Bearer <token>` (tokens are created by an administrator,
                        or with HTTP Basic at POST /api/v1/tokens). Every error is application/problem+json
                        (RFC 9457) with a stable `code`; answers follow Accept-Language (ko, en)."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
