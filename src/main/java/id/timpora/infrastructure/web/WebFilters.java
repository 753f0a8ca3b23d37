package id.timpora.infrastructure.web;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
class WebFilters {

    /** Around the session filter (only the client address comes first): sign-in sessions are in the database too. */
    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutage(
            ITemplateEngine templates,
            LocaleResolver localeResolver,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<DatabaseOutage> registration =
                new FilterRegistrationBean<>(new DatabaseOutage(templates, localeResolver, sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Before everything else (the session store, the request context the audit log reads, Spring Security), so that
     * all of them see the real client and the app's own address.
     */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(WebProperties properties) {
        FilterRegistrationBean<ClientAddressFilter> registration =
                new FilterRegistrationBean<>(new ClientAddressFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** After the session store has loaded the session, before Spring Security reads the user from it. */
    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(WebProperties properties, Clock clock) {
        FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(
                new SessionLifetimeFilter(properties.session().absoluteTimeout(), clock));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
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
