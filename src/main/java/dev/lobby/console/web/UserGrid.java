package dev.lobby.console.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole state of the Settings › Users grid, as its URL carries it (bookmarkable, the
 * back button works): search, filters, sort, page size and page. It becomes the RQL query
 * of the member list, the same query path as the REST API's list; anything the URL holds
 * that the grid does not know is ignored, never an error.
 *
 * @param q words every one of which must appear in the first name, last name or email
 * @param status one status, or empty for every live one (removed and declined members
 * only when asked for: the list's own rule)
 * @param sort a column key of {@link #SORTS}, or empty for newest first
 */
public record UserGrid(String q, String status, String group, String module, String sort, boolean descending, int size,
		int page) {

	static final String PATH = "/settings/users";

	static final List<Integer> SIZES = List.of(10, 25, 50, 100);

	static final List<String> STATUSES = List.of("Invited", "InvitationExpired", "Active", "Blocked", "Disabled",
			"Declined");

	/** Sortable columns and the member list's fields they sort on. */
	static final Map<String, List<String>> SORTS = Map.of("user", List.of("user.lastName", "user.firstName"), "email",
			List.of("user.email"), "status", List.of("status"), "joined", List.of("joinedAt"), "lastSignIn",
			List.of("lastSignInAt"));

	private static final Pattern GROUP_ID = Pattern.compile("UGR-\\d{4}-\\d{4}");

	private static final Pattern MODULE_ID = Pattern.compile("MOD-\\d{4}");

	private static final int MAX_WORDS = 5;

	public static UserGrid first() {
		return new UserGrid("", "", "", "", "", false, SIZES.get(0), 1);
	}

	/** The grid a URL's parameters describe, with whatever is not understood left out. */
	public static UserGrid of(MultiValueMap<String, String> params) {
		String q = one(params, "q");
		q = q.length() > 100 ? q.substring(0, 100) : q;
		String status = STATUSES.contains(one(params, "status")) ? one(params, "status") : "";
		String group = GROUP_ID.matcher(one(params, "group")).matches() ? one(params, "group") : "";
		String module = MODULE_ID.matcher(one(params, "module")).matches() ? one(params, "module") : "";
		String sort = SORTS.containsKey(one(params, "sort")) ? one(params, "sort") : "";
		boolean descending = "desc".equals(one(params, "dir"));
		int size = SIZES.stream()
			.filter(s -> s.toString().equals(one(params, "size")))
			.findFirst()
			.orElse(SIZES.get(0));
		int page = 1;
		try {
			page = Math.max(1, Math.min(1_000_000, Integer.parseInt(one(params, "page"))));
		}
		catch (NumberFormatException notANumber) {
			// the first page
		}
		return new UserGrid(q.strip(), status, group, module, sort, descending, size, page);
	}

	/** The grid a query string describes (e.g. the one an action form sends back). */
	public static UserGrid ofQuery(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return first();
		}
		MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		raw.forEach((name, values) -> values.forEach(value -> decoded.add(decode(name), decode(value))));
		return of(decoded);
	}

	private static String decode(@Nullable String text) {
		return text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static String one(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

	/**
	 * The RQL query string of the member list for this grid: every value percent-encoded,
	 * so the structural characters of RQL in a search stay literal.
	 */
	public String rql() {
		List<String> filters = new ArrayList<>();
		for (String word : words()) {
			String pattern = "*" + rqlValue(word) + "*";
			filters.add("or(ilike(user.firstName," + pattern + "),ilike(user.lastName," + pattern
					+ "),ilike(user.email," + pattern + "))");
		}
		if (!status.isEmpty()) {
			filters.add("eq(status," + status + ")");
		}
		if (!group.isEmpty()) {
			filters.add("eq(groups.id," + group + ")");
		}
		if (!module.isEmpty()) {
			filters.add("eq(modules.id," + module + ")");
		}
		List<String> parts = new ArrayList<>(filters);
		if (!sort.isEmpty()) {
			String direction = descending ? "-" : "+";
			parts.add("order=" + SORTS.getOrDefault(sort, List.of())
				.stream()
				.map(field -> direction + field)
				.collect(Collectors.joining(",")));
		}
		parts.add("limit=" + size);
		parts.add("offset=" + offset());
		return String.join("&", parts);
	}

	public long offset() {
		return (long) (page - 1) * size;
	}

	public List<String> words() {
		return Arrays.stream(q.split("\\s+")).filter(word -> !word.isBlank()).limit(MAX_WORDS).toList();
	}

	public boolean filtered() {
		return !q.isEmpty() || !status.isEmpty() || !group.isEmpty() || !module.isEmpty();
	}

	public UserGrid withPage(int other) {
		return new UserGrid(q, status, group, module, sort, descending, size, Math.max(1, other));
	}

	/**
	 * Sorted by this column: ascending first, the other way when it already is, back to
	 * page 1.
	 */
	public UserGrid sortedBy(String column) {
		boolean other = column.equals(sort) && !descending;
		return new UserGrid(q, status, group, module, column, other, size, 1);
	}

	/** {@code ascending}, {@code descending} or {@code none}, for {@code aria-sort}. */
	public String sortOf(String column) {
		return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
	}

	/** The grid's URL: only what differs from the first page of the whole list. */
	public String url() {
		String query = query();
		return query.isEmpty() ? PATH : PATH + "?" + query;
	}

	public String query() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("q", q);
		parts.put("status", status);
		parts.put("group", group);
		parts.put("module", module);
		parts.put("sort", sort);
		parts.put("dir", sort.isEmpty() || !descending ? "" : "desc");
		parts.put("size", size == SIZES.get(0) ? "" : Integer.toString(size));
		parts.put("page", page == 1 ? "" : Integer.toString(page));
		return parts.entrySet()
			.stream()
			.filter(part -> !part.getValue().isEmpty())
			.map(part -> part.getKey() + "=" + URLEncoder.encode(part.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** A value of an RQL query: percent-encoded, a space as {@code %20}. */
	private static String rqlValue(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
