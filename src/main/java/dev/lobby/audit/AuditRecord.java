package dev.lobby.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One event of the audit trail: what happened, to which object, by whom, when and from
 * where.
 */
public record AuditRecord(String id, String accountId, String eventKey, String summary, ObjectRef object,
		ActorRef actor, Instant occurredAt, RequestRef request, Map<String, Object> details) {

	public record ObjectRef(String type, String id) {
	}

	public record ActorRef(String type, String id, String name) {
	}

	public record RequestRef(@Nullable String ip, @Nullable String userAgent, @Nullable String correlationId) {
	}
}
