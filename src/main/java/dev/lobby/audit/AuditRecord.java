package dev.lobby.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.lobby.platform.Sentence;

/**
 * One event of the audit trail: what happened, to which object, by whom, when and from
 * where.
 */
public record AuditRecord(String id, String accountId, String eventKey, String summary, ObjectRef object,
		ActorRef actor, Instant occurredAt, RequestRef request, Map<String, Object> details,
		@JsonIgnore @Schema(hidden = true) @Nullable Sentence summarySentence) {

	/**
	 * The summary as a sentence, for pages to say in the reader's language;
	 * {@link #summary} in English when the record predates keyed summaries (V20).
	 */
	public Sentence sentence() {
		return summarySentence != null ? summarySentence : Sentence.untranslated(summary);
	}

	public record ObjectRef(String type, String id) {
	}

	public record ActorRef(String type, String id, String name) {
	}

	public record RequestRef(@Nullable String ip, @Nullable String userAgent, @Nullable String correlationId) {
	}
}
