package dev.lobby.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler lookup, with one shortcut before it checks a mapping: a mapping
 * none of whose path patterns begins as the request's path does, up to the pattern's
 * first variable or wildcard, is passed over. A path with a variable in it (an id: nearly
 * every API call) is looked up by checking every mapping of the application in turn, its
 * method, headers and media types first and its path last, through the request's
 * wrappers; for about a hundred mappings that was 8 % of an invite's request CPU (JFR,
 * docs/performance.md). The shortcut passes over only mappings that cannot match: it
 * compares the literal start of a pattern (the text before its first <code>{</code>,
 * {@code *} or {@code ?}) with the path still as sent, which is the path the pattern
 * matches wherever it holds no {@code %} escape; a path with one, or a parser that
 * ignores case, is looked up as Spring does it. Everything else is Spring's: the best
 * match, 405 and 415 for a path that matched with another method or body type.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	/** The lookup path of the request being looked up on this thread, if plain. */
	private static final ThreadLocal<@Nullable String> PLAIN_PATH = new ThreadLocal<>();

	private static final String[] ANY_PATH = { "" };

	/**
	 * Each mapping's literal starts, found once (a mapping's hash is kept in it, and the
	 * registry passes the same instances every time, so a look-up is a hash and an
	 * identity check).
	 */
	private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		boolean plain = lookupPath.indexOf('%') < 0 && getPatternParser() != null
				&& getPatternParser().isCaseSensitive();
		if (!plain) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		PLAIN_PATH.set(lookupPath);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			PLAIN_PATH.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = PLAIN_PATH.get();
		if (path != null
				&& !mayMatch(literalStarts.computeIfAbsent(info, i -> literalStarts(i.getPathPatternsCondition())),
						path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/** Whether a path begins with one of these literal starts. */
	static boolean mayMatch(String[] literalStarts, String path) {
		for (String start : literalStarts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The literal starts of a mapping's patterns; for a mapping without path patterns,
	 * which Spring then checks, the empty start every path begins with.
	 */
	static String[] literalStarts(@Nullable PathPatternsRequestCondition patterns) {
		if (patterns == null) {
			return ANY_PATH;
		}
		return patterns.getPatterns()
			.stream()
			.map(pattern -> literalStart(pattern.getPatternString()))
			.toArray(String[]::new);
	}

	/** A pattern's text before its first variable or wildcard. */
	static String literalStart(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '%' || c == '\\') {
				return pattern.substring(0, i);
			}
		}
		return pattern;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations literalPrefixHandlerMapping() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new LiteralPrefixHandlerMapping();
				}
			};
		}

	}

}
