package dev.lobby.console.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.membership.AccountUser;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageDates;
import dev.lobby.web.PageSentences;

/**
 * A member's Audit trail tab: the records whose object is the member, newest first, from
 * the audit trail's own query ({@link AuditTrail#search}, the service behind
 * {@code GET /public/v1/audit/records}, with {@code eq(object.id,AUSR-…)}); each with its
 * JSON, as the API returns it.
 */
@Component
public class MemberAuditTrail {

	static final int SHOWN = 50;

	private final AuditTrail audit;

	private final PageDates dates;

	private final JsonMapper json;

	private final PageSentences sentences;

	MemberAuditTrail(AuditTrail audit, PageDates dates, JsonMapper json, PageSentences sentences) {
		this.audit = audit;
		this.dates = dates;
		this.json = json;
		this.sentences = sentences;
	}

	/** One record as the tab shows it: when, what, who, and the record as JSON. */
	public record Shown(String id, String when, String eventKey, String summary, String actor, String json) {
	}

	/** The newest {@value #SHOWN} records of the member, and how many there are. */
	public record Trail(List<Shown> records, long total) {
	}

	Trail of(AccountUser member, PageCaller caller, Locale locale) {
		PageResponse<AuditRecord> page = audit.search("eq(object.id," + member.id() + ")&limit=" + SHOWN,
				caller.actor());
		List<Shown> shown = page.data()
			.stream()
			.map(record -> new Shown(record.id(), String.valueOf(dates.moment(record.occurredAt(), locale)),
					record.eventKey(), String.valueOf(sentences.of(record.sentence())), record.actor().name(),
					json.writerWithDefaultPrettyPrinter().writeValueAsString(record)))
			.toList();
		return new Trail(shown, page.meta().pagination().total());
	}

}
