package dev.lobby.audit;

import java.util.List;
import java.util.Set;

import dev.lobby.rql.RqlField;
import dev.lobby.rql.RqlOrder;
import dev.lobby.rql.RqlSchema;

/**
 * What callers of the audit trail may filter and sort on (RQL), as the JSON paths of a
 * record. The tiebreaker is the insertion sequence, so records of one instant keep the
 * order they were written in.
 */
final class AuditRecordListFields {

	static final RqlSchema SCHEMA = RqlSchema.builder("seq")
		.add(RqlField.string("id", "id").asSortable())
		.add(RqlField.string("eventKey", "event_key").asSortable())
		.add(RqlField.string("summary", "summary"))
		.add(RqlField.string("object.type", "object_type").asSortable())
		.add(RqlField.string("object.id", "object_id").asSortable())
		.add(RqlField.string("actor.type", "actor_type").asSortable())
		.add(RqlField.string("actor.id", "actor_id").asSortable())
		.add(RqlField.string("actor.name", "actor_name").asSortable())
		.add(RqlField.instant("occurredAt", "occurred_at").asSortable())
		.add(RqlField.string("request.ip", "ip"))
		.add(RqlField.string("request.correlationId", "correlation_id"))
		.build();

	/** Newest first; within one instant, the last written first. */
	static final List<RqlOrder> DEFAULT_ORDER = List.of(new RqlOrder(SCHEMA.field("occurredAt").orElseThrow(), true));

	static final Set<String> NOT_NULL = Set.of("id", "event_key", "object_type", "object_id", "actor_type", "actor_id",
			"actor_name", "occurred_at", "seq");

	private AuditRecordListFields() {
	}

}
