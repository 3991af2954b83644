package org.ticketgrid.app.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: every call but the public reads and the auth endpoints needs a bearer
 * token from {@code POST /api/v1/auth/token}; Swagger UI's "Authorize" button takes it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI ticketGridOpenApi() {
        return new OpenAPI()
                .info(new Info().title("TicketGrid API").version("v1").description(
                        "Get a token with POST /api/v1/auth/token, then send the header Authorization: Bearer {accessToken}."
                                + " Catalog reads and the auth endpoints are public."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")
                        .description("An access token from POST /api/v1/auth/token (expires, revoked by logout).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
