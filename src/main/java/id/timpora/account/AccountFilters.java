package id.timpora.account;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class AccountFilters {

    /** After Spring Security (order -100), so the signed-in user is known. */
    @Bean
    FilterRegistrationBean<ForcePasswordChangeFilter> forcePasswordChangeFilter() {
        FilterRegistrationBean<ForcePasswordChangeFilter> registration =
                new FilterRegistrationBean<>(new ForcePasswordChangeFilter());
        registration.setOrder(1);
        return registration;
    }

    /** After Spring Security and before everything else: a deactivated account or agency is signed out at once. */
    @Bean
    FilterRegistrationBean<StillActiveFilter> stillActiveFilter(JdbcClient jdbc) {
        FilterRegistrationBean<StillActiveFilter> registration =
                new FilterRegistrationBean<>(new StillActiveFilter(jdbc));
        registration.setOrder(0);
        return registration;
    }
}
