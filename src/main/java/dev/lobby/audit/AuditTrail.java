package dev.lobby.audit;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountScope;
import dev.lobby.platform.Actor;
import dev.lobby.platform.AuditRecordId;
import dev.lobby.platform.Audited;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.RequestMetadata;
import dev.lobby.platform.Sentence;
import dev.lobby.rql.QueryStrings;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;

/**
 * Writes and reads the audit trail. The services publish their changes as events
 * ({@link Audited}); each is recorded in the transaction of the change it describes, so a
 * change that rolls back leaves no record and no change goes unrecorded. Reading checks
 * the caller: it must see the records' account and hold Account Management.
 */
@Service
public class AuditTrail {

	private final AuditRecords records;

	private final AccountScope scope;

	private final Clock clock;

	AuditTrail(AuditRecords records, AccountScope scope, Clock clock) {
		this.records = records;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * Records a change a service has already allowed (an invitee's answer included, whose
	 * right is the link), so it checks no caller itself. It listens to every
	 * {@link Audited} event, synchronously: inside the transaction of the change, which
	 * it requires, so a change that rolls back leaves no record.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Audited event) {
		RequestMetadata request = RequestMetadata.current();
		Actor actor = event.actor();
		Sentence summary = event.auditSummary();
		records.insert(new AuditRecord(RandomIds.draw("AUD", 4), event.accountId(), event.auditKey(), summary.english(),
				new AuditRecord.ObjectRef(event.objectType(), event.objectId()),
				new AuditRecord.ActorRef(actor.type().name(), actor.id(), actor.name()), Instant.now(clock),
				new AuditRecord.RequestRef(request.ip(), request.userAgent(), request.correlationId()),
				event.auditDetails(), summary));
	}

	/**
	 * The records a query string (as the request carries it, still percent-encoded) asks
	 * for: RQL over the record fields, refused with a 400 naming the part at fault, of
	 * the caller's account or of the one its {@code account=ACC-…} names.
	 */
	@Transactional(readOnly = true)
	public PageResponse<AuditRecord> search(@Nullable String rawQuery, Actor actor) {
		actor.requireAccountManagement();
		String accountId = scope.accountFor(AccountId.ofNullable(QueryStrings.value(rawQuery, "account")), actor)
			.value();
		return page(accountId, query(QueryStrings.without(rawQuery, "account")));
	}

	private static RqlQuery query(@Nullable String rawQueryString) {
		return AuditRecordListFields.SCHEMA.parse(rawQueryString == null ? "" : rawQueryString);
	}

	/**
	 * The account's records matching the query, newest first unless it says otherwise;
	 * see {@link RqlPaging}.
	 */
	private PageResponse<AuditRecord> page(String accountId, RqlQuery query) {
		return RqlPaging.page(query, () -> records.page(accountId, query),
				bound -> records.countUpTo(accountId, query, bound));
	}

	/**
	 * One record of an account the actor may see (operators: every account); another
	 * account's record is not found, like a missing one.
	 */
	@Transactional(readOnly = true)
	public AuditRecord get(AuditRecordId id, Actor actor) {
		actor.requireAccountManagement();
		return records.find(id.value()).filter(record -> actor.canSee(record.accountId())).orElseThrow(id::notFound);
	}

}
