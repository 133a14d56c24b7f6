package dev.lobby.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The state of Settings › Audit trail, as its URL carries it: which event, actor and
 * object, which days (UTC), and which page. It becomes the RQL query string of
 * {@code AuditTrail.search}, the service behind {@code GET /public/v1/audit/records};
 * whatever the URL holds that the page does not understand is left out, never an error.
 *
 * @param event part of the event's key ({@code invitation} finds
 * {@code lobby.invitation.*})
 * @param actor part of the actor's name, or their id
 * @param object part of the object's id or type
 * @param from the first day, {@code yyyy-MM-dd}, or empty
 * @param to the last day, {@code yyyy-MM-dd}, or empty
 */
public record AuditFilter(String event, String actor, String object, String from, String to, int page) {

	static final String PATH = "/settings/audit";

	static final int SIZE = 25;

	private static final int MAX_TEXT = 100;

	static AuditFilter of(@Nullable String event, @Nullable String actor, @Nullable String object,
			@Nullable String from, @Nullable String to, @Nullable String page) {
		int number = 1;
		try {
			number = page == null ? 1 : Math.max(1, Math.min(1_000_000, Integer.parseInt(page)));
		}
		catch (NumberFormatException notANumber) {
			// the first page
		}
		return new AuditFilter(text(event), text(actor), text(object), day(from), day(to), number);
	}

	private static String text(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		String clean = typed.strip();
		return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
	}

	private static String day(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return "";
		}
		try {
			return LocalDate.parse(typed.strip()).toString();
		}
		catch (DateTimeParseException notADay) {
			return "";
		}
	}

	/**
	 * The RQL query string: every typed value percent-encoded, so RQL's own characters
	 * stay literal.
	 */
	public String rql() {
		List<String> parts = new ArrayList<>();
		if (!event.isEmpty()) {
			parts.add("ilike(eventKey," + contains(event) + ")");
		}
		if (!actor.isEmpty()) {
			parts.add("or(ilike(actor.name," + contains(actor) + "),eq(actor.id," + value(actor) + "))");
		}
		if (!object.isEmpty()) {
			parts.add("or(ilike(object.id," + contains(object) + "),ilike(object.type," + contains(object) + "))");
		}
		if (!from.isEmpty()) {
			parts.add("ge(occurredAt,"
					+ value(LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC).toString()) + ")");
		}
		if (!to.isEmpty()) {
			parts.add("lt(occurredAt,"
					+ value(LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString()) + ")");
		}
		parts.add("limit=" + SIZE);
		parts.add("offset=" + offset());
		return String.join("&", parts);
	}

	public long offset() {
		return (long) (page - 1) * SIZE;
	}

	public boolean filtered() {
		return !event.isEmpty() || !actor.isEmpty() || !object.isEmpty() || !from.isEmpty() || !to.isEmpty();
	}

	public AuditFilter withPage(int other) {
		return new AuditFilter(event, actor, object, from, to, Math.max(1, other));
	}

	/** The page's URL: only what differs from the first page of the whole trail. */
	public String url() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("event", event);
		parts.put("actor", actor);
		parts.put("object", object);
		parts.put("from", from);
		parts.put("to", to);
		parts.put("page", page == 1 ? "" : Integer.toString(page));
		String query = parts.entrySet()
			.stream()
			.filter(part -> !part.getValue().isEmpty())
			.map(part -> part.getKey() + "=" + URLEncoder.encode(part.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? PATH : PATH + "?" + query;
	}

	private static String contains(String typed) {
		return "*" + value(typed) + "*";
	}

	/** A value of an RQL query: percent-encoded, a space as {@code %20}. */
	private static String value(String typed) {
		return URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
