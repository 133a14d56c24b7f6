package dev.lobby.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.lobby.platform.Actor;

/**
 * Who may call what. The REST API is stateless and authenticated with bearer API tokens
 * (no cookies, so no CSRF); what modules declare as {@link AnonymousAccess} (the
 * invitation endpoints, whose link is the secret) takes no token. Actuator health is
 * public, the rest of actuator needs a token of the operator's account. Pages need a
 * sign-in (a session, {@link PageSessions}) unless declared anonymous, and every form and
 * htmx request carries a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * What the HTTP edge serves itself to anyone: the start page, assets, the API
	 * description.
	 */
	static final List<String> OWN_PAGES = List.of("/", "/error", "/webjars/**", "/assets/**", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/favicon.ico");

	private final List<AnonymousAccess> anonymous;

	SecurityConfiguration(List<AnonymousAccess> anonymous) {
		this.anonymous = anonymous;
	}

	/**
	 * No Micrometer observations of Spring Security's own steps (each filter of the
	 * chain, the authorization, the authentication): they cost about a tenth of the CPU
	 * of an API call (docs/performance.md) and time nothing an operator acts on; the
	 * request as a whole is still observed ({@code http.server.requests}).
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiCallerResolver callers, RequestLimits limits, ProblemWriter problems)
			throws Exception {
		String[] open = patterns(AnonymousAccess::api);
		return stateless(http, callers, limits, problems).securityMatcher("/public/**")
			.authorizeHttpRequests(requests -> {
				if (open.length > 0) {
					requests.requestMatchers(open).permitAll();
				}
				requests.anyRequest().authenticated();
			})
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, ApiCallerResolver callers, RequestLimits limits,
			ProblemWriter problems) throws Exception {
		return stateless(http, callers, limits, problems).securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
						.permitAll()
						.anyRequest()
						.hasAuthority("OPERATIONS"))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, SecurityContextRepository pageSecurityContexts,
			CsrfTokenRepository pageCsrfTokens, ObjectProvider<PageCallers> callers, PageSessions sessions)
			throws Exception {
		return http
			.authorizeHttpRequests(
					requests -> requests
						.requestMatchers(
								Stream.concat(OWN_PAGES.stream(), Arrays.stream(patterns(AnonymousAccess::pages)))
									.toArray(String[]::new))
						.permitAll()
						.anyRequest()
						.authenticated())
			// A visitor's CSRF token travels in a cookie and nothing is saved for later,
			// so
			// a visitor never costs a server session (no memory or rows to flood); the
			// session starts at sign-in (PageSessions). htmx sends the token as a header.
			.csrf(csrf -> csrf.csrfTokenRepository(pageCsrfTokens))
			.securityContext(context -> context.securityContextRepository(pageSecurityContexts))
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.addFilterBefore(new PageCallerFilter(callers, sessions), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::toFrontDoor))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.PAGE_POLICY))
				.addHeaderWriter(this::referrerPolicy))
			.build();
	}

	/** Where a page session keeps who signed in: the (database-backed) HTTP session. */
	@Bean
	SecurityContextRepository pageSecurityContexts() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	CsrfTokenRepository pageCsrfTokens() {
		return new CookieCsrfTokenRepository();
	}

	/**
	 * A visitor who opens a page that needs a sign-in goes to the front door, which signs
	 * them in and brings them back; an htmx request (a session that ended under an open
	 * page) is told to load the front door instead of swapping it into the page.
	 */
	static void toFrontDoor(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
		String query = request.getQueryString();
		String target = request.getRequestURI().substring(request.getContextPath().length())
				+ (query == null ? "" : "?" + query);
		String frontDoor = request.getContextPath() + "/?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", frontDoor);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(frontDoor);
	}

	/**
	 * The URL of an invitation page holds its code, and that of a password reset page its
	 * token: they must not leave in a Referer header, not even to this origin.
	 */
	void referrerPolicy(HttpServletRequest request, HttpServletResponse response) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		boolean credential = anonymous.stream()
			.flatMap(access -> access.credentialPages().stream())
			.anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path));
		response.setHeader("Referrer-Policy", credential ? "no-referrer" : "strict-origin-when-cross-origin");
	}

	private String[] patterns(Function<AnonymousAccess, List<String>> which) {
		return anonymous.stream().flatMap(access -> which.apply(access).stream()).toArray(String[]::new);
	}

	private static HttpSecurity stateless(HttpSecurity http, ApiCallerResolver callers, RequestLimits limits,
			ProblemWriter problems) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// JSON is never a page: nothing may load, frame or refer from it (401s and
			// 429s included).
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.addFilterBefore(new BearerTokenFilter(callers, limits), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(response, ProblemWriter.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
						"Send a valid API token in the header 'Authorization: Bearer <token>'."));
			})
				.accessDeniedHandler((request, response, e) -> problems.write(response, ProblemWriter
					.problem(HttpStatus.FORBIDDEN, "Forbidden", "This API token may not call this endpoint."))));
	}

	/**
	 * Authenticates {@code Authorization: Bearer <secret>}; an unknown secret stays
	 * anonymous (→ 401). Applies the request limits on the way: per address, per address
	 * for failed authentications (checked before the token is looked up), per token.
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiCallerResolver callers;

		private final RequestLimits limits;

		BearerTokenFilter(ApiCallerResolver callers, RequestLimits limits) {
			this.callers = callers;
			this.limits = limits;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (limits.refuseAddress(request, response)) {
				return;
			}
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				// A valid token always gets through (within its own limit): bad tokens
				// from the same
				// address, e.g. everyone behind one proxy, must not lock its owner out. A
				// 256-bit secret
				// cannot be guessed anyway; the failed-authentication limit only slows
				// floods of bad ones.
				Optional<Actor> actor = callers.resolve(header.substring(7).strip());
				if (actor.isEmpty()) {
					if (limits.refuseAuthentication(request, response)) {
						return;
					}
					limits.failedAuthentication(request);
				}
				else if (limits.refuseToken(actor.get().id(), response)) {
					return;
				}
				actor.ifPresent(a -> SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(a)));
			}
			chain.doFilter(request, response);
		}

	}

	static final class ActorAuthentication extends AbstractAuthenticationToken {

		private final Actor actor;

		ActorAuthentication(Actor actor) {
			super(actor.operations() ? List.of(new SimpleGrantedAuthority("OPERATIONS")) : List.of());
			this.actor = actor;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return actor;
		}

	}

}
