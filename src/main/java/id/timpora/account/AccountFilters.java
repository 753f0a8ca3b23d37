package id.timpora.account;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
