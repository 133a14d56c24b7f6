package dev.lobby.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import dev.lobby.platform.TimeZones;

/**
 * What every page gets from the HTTP edge: the signed-in person as a handler parameter
 * ({@link PageCaller}, null for a visitor), and its language: the one the person chose,
 * else the browser's first that Lobby speaks, else English.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

	/** The languages of Lobby's pages (message bundles {@code messages_*.properties}). */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerParameter());
	}

	/**
	 * The webjars locator turns Spring Boot's resource chain on, and with it a filter
	 * that matches every link of every page against the static resource patterns to
	 * rewrite it, for fingerprinted or versioned resource URLs Lobby does not use (the
	 * webjars are served by their version-less paths all the same): a tenth of the CPU of
	 * a Settings › Users page. Registered switched off, Boot does not register it.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		off.setEnabled(false);
		return off;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PageLanguage();
	}

	static Locale languageOf(HttpServletRequest request) {
		PageCaller caller = PageCallerFilter.of(request);
		if (caller != null && caller.language() != null && LANGUAGES.contains(caller.language())) {
			return caller.language();
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale wanted : Collections.list(request.getLocales())) {
				for (Locale spoken : LANGUAGES) {
					if (spoken.getLanguage().equals(wanted.getLanguage())) {
						return spoken;
					}
				}
			}
		}
		return Locale.ENGLISH;
	}

	/** UTC by its name, so that dates say "UTC" (not "Z"). */
	private static final ZoneId UTC = ZoneId.of("UTC");

	/** The cookie in which Lobby's script tells the browser's time zone (js/lobby.js). */
	static final String TIME_ZONE_COOKIE = "lobby-tz";

	/**
	 * The time zone of a page's dates: the one the person chose in My profile, else the
	 * browser's (its cookie), else UTC.
	 */
	static ZoneId timeZoneOf(HttpServletRequest request) {
		PageCaller caller = PageCallerFilter.of(request);
		if (caller != null && caller.timeZone() != null) {
			return caller.timeZone();
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (TIME_ZONE_COOKIE.equals(cookie.getName())) {
					Optional<ZoneId> zone = TimeZones
						.named(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
					if (zone.isPresent()) {
						return zone.get();
					}
				}
			}
		}
		return UTC;
	}

	/**
	 * The language and the time zone of a page, so that Spring's
	 * {@code LocaleContextHolder} (and {@link PageDates}) know both.
	 */
	static final class PageLanguage implements LocaleContextResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return languageOf(request);
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			return new SimpleTimeZoneAwareLocaleContext(languageOf(request), TimeZone.getTimeZone(timeZoneOf(request)));
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable LocaleContext context) {
			throw new UnsupportedOperationException("A page's language follows the person's choice or the browser");
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			throw new UnsupportedOperationException("A page's language follows the person's choice or the browser");
		}

	}

	static final class CallerParameter implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == PageCaller.class;
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
			HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
			return http == null ? null : PageCallerFilter.of(http);
		}

	}

}
