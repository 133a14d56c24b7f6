package dev.lobby.console.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.PageCaller;

/**
 * Settings › Audit trail: the account's records, newest first, filtered by event, actor,
 * object and days; the same query path as {@code GET /public/v1/audit/records}
 * ({@link AuditTrail#search} with an RQL query string, see {@link AuditFilter}). Each
 * record opens as the JSON the REST API returns for it.
 */
@Controller
class AuditTrailPageController {

	private final AuditTrail audit;

	private final JsonMapper json;

	private final MessageSource messages;

	AuditTrailPageController(AuditTrail audit, JsonMapper json, MessageSource messages) {
		this.audit = audit;
		this.json = json;
		this.messages = messages;
	}

	/** One record as the page shows it: when, in the person's language, and its JSON. */
	public record AuditRow(AuditRecord record, String when, String json) {
	}

	@GetMapping(AuditFilter.PATH)
	String records(PageCaller caller, @RequestParam(required = false) @Nullable String event,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String object,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model, Locale locale) {
		AuditFilter filter = AuditFilter.of(event, actor, object, from, to, page);
		PageResponse<AuditRecord> found = audit.search(filter.rql(), caller.actor());
		DateTimeFormatter when = DateTimeFormatter
			.ofPattern(messages.getMessage("audit.format.when", null, locale), locale)
			.withZone(LocaleContextHolder.getTimeZone().toZoneId());
		List<AuditRow> rows = found.data()
			.stream()
			.map(record -> new AuditRow(record, when.format(record.occurredAt()),
					json.writerWithDefaultPrettyPrinter().writeValueAsString(record)))
			.toList();
		PageResponse.Pagination pagination = found.meta().pagination();
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("pagination", pagination);
		model.addAttribute("previous", filter.page() > 1 ? filter.withPage(filter.page() - 1).url() : null);
		model.addAttribute("next",
				filter.offset() + rows.size() < pagination.total() ? filter.withPage(filter.page() + 1).url() : null);
		return "console/audit";
	}

}
