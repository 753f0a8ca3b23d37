package id.timpora.infrastructure.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
class WebFilters {

    /** Outermost, around the session filter: sign-in sessions are in the database too. */
    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutage(
            ITemplateEngine templates,
            LocaleResolver localeResolver,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<DatabaseOutage> registration =
                new FilterRegistrationBean<>(new DatabaseOutage(templates, localeResolver, sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** After Spring Security (order -100), so the signed-in user is known. */
    @Bean
    FilterRegistrationBean<RequestLogContext> requestLogContext() {
        FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(new RequestLogContext());
        registration.setOrder(0);
        return registration;
    }
}
