package cn.dangjian.dues.web;

import cn.dangjian.shared.Fen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** Money in JSON as people write it: "48.00" (元, two decimals, exact), never a floating-point number. */
@Configuration(proxyBeanMethods = false)
class DuesJson {

    static {
        // the OpenAPI document shows money as the string it is sent as
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithClass(Fen.class, String.class);
    }

    @Bean
    JacksonModule duesMoney() {
        SimpleModule module = new SimpleModule("dues-money");
        module.addSerializer(Fen.class, new StdSerializer<>(Fen.class) {
            @Override
            public void serialize(Fen value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(value.toString());
            }
        });
        return module;
    }
}
