package cn.dangjian.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code dangjian.demo.*}: whether to load demo data into an empty database, and how much. */
@ConfigurationProperties("dangjian.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("district") String tier) {
}
