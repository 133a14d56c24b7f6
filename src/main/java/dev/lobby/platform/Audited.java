package dev.lobby.platform;

import java.util.Map;

/**
 * A change that happened, as the audit trail records it. Services publish such events
 * (past tense: {@code InvitationResent}, {@code MemberRemoved}, …) inside the transaction
 * of the change; the audit trail and the emails listen in that same transaction, so the
 * change, its record and its email commit or roll back together.
 */
public interface Audited {

	/** The account the change belongs to. */
	String accountId();

	/** Who made the change. */
	Actor actor();

	/** The event's stable key, e.g. {@code lobby.invitation.resent}. */
	String auditKey();

	/**
	 * One sentence for people, e.g. "Sam Smith was invited": stored in English (the REST
	 * API's {@code summary}) and with its key, so pages say it in the reader's language.
	 * Its arguments are texts and numbers only.
	 */
	Sentence auditSummary();

	/** The type of the object changed, e.g. {@code AccountUser}. */
	String objectType();

	/** The id of the object changed. */
	String objectId();

	/** Plain JSON values (strings, numbers, booleans, lists, maps) worth keeping. */
	Map<String, Object> auditDetails();

}
