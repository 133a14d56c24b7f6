package dev.lobby.platform;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a change came from: the caller's address, user agent and the correlation id that
 * also appears in logs and in problem documents ({@code traceId}).
 */
public record RequestMetadata(@Nullable String ip, @Nullable String userAgent, @Nullable String correlationId) {

	/**
	 * The request attribute under which the HTTP edge (web) keeps each request's
	 * metadata.
	 */
	public static final String ATTRIBUTE = RequestMetadata.class.getName();

	public static final RequestMetadata NONE = new RequestMetadata(null, null, null);

	/**
	 * The metadata of the HTTP request on this thread, or {@link #NONE} outside of one.
	 */
	public static RequestMetadata current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			// Servlet filters run before the request context exists; the log context has
			// the id already.
			String correlationId = MDC.get("correlationId");
			return correlationId == null ? NONE : new RequestMetadata(null, null, correlationId);
		}
		Object value = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return value instanceof RequestMetadata metadata ? metadata : NONE;
	}
}
