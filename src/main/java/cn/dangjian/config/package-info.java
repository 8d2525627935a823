/**
 * Cross-cutting set-up: the security filter chain, the clock, the embedded database start-up, error
 * responses (problem+json for the API, an error page for people) and OpenAPI.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package cn.dangjian.config;
