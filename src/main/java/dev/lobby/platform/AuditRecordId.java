package dev.lobby.platform;

/**
 * The id of an audit record ({@code AUD-1234-5678-9012-3456}), as the services take it: a
 * typed id cannot be passed where another kind of id is expected. It wraps the text as it
 * arrived (a path variable, a stored id) and checks no shape; blank text is refused as
 * {@link NotFound}.
 */
public record AuditRecordId(String value) {

	private static final Sentence WHAT = Sentence.of("thing.audit-record");

	public AuditRecordId {
		Ids.require(value, WHAT);
	}

	public static AuditRecordId of(String value) {
		return new AuditRecordId(value);
	}

	/**
	 * "Audit record … was not found.": the answer when nothing the caller may see has
	 * this id.
	 */
	public NotFound notFound() {
		return new NotFound(WHAT, value);
	}

	@Override
	public String toString() {
		return value;
	}

}
