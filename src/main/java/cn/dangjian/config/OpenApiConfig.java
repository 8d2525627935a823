package cn.dangjian.config;

import cn.dangjian.shared.AccessScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of {@code /api/v1}, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // The caller's data scope is built from the signed-in account (identity's AccessScopeResolver), never sent
        // by the client: it is not a parameter of any operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessScope.class);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("机关党建工作平台 API").version("v1")
                        .description("党组织、党员的查询与维护。所有接口按调用者的数据范围过滤；错误以 application/problem+json 返回，信息为中文。")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
