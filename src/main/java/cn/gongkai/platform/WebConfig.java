package cn.gongkai.platform;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** zh-CN by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookie();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new JsonAcceptCheck()).addPathPatterns("/api/**");
    }

    /**
     * The language cookie, {@code Secure} when the request came over TLS (directly or through a
     * proxy whose {@code X-Forwarded-Proto} the server trusts, see {@code server.forward-headers-strategy}).
     */
    static final class LanguageCookie extends AbstractLocaleContextResolver {

        private final CookieLocaleResolver plain = cookie(false);
        private final CookieLocaleResolver secure = cookie(true);

        private static CookieLocaleResolver cookie(boolean secure) {
            CookieLocaleResolver resolver = new CookieLocaleResolver("gongkai-lang");
            resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
            resolver.setCookieMaxAge(Duration.ofDays(365));
            resolver.setCookieSecure(secure);
            return resolver;
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            return plain.resolveLocaleContext(request);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
            (request.isSecure() ? secure : plain).setLocaleContext(request, response, context);
        }
    }
}
