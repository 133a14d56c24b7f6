package dev.lobby.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

	static final class PageLanguage implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return languageOf(request);
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
