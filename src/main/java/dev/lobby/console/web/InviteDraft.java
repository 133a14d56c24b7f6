package dev.lobby.console.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the Add user wizard holds between its steps: what was typed, which steps the
 * server accepted, and, once sent, the member invited. It is kept in the page session as
 * a plain string (never a class of ours: a session written by an older release still
 * reads), under the wizard's id in the URL.
 *
 * @param accountId the account the wizard invites into; another account's wizard is not
 * found
 * @param checked the steps whose values the server accepted as they are now
 * @param invitedId the member invited, once the wizard sent the invitation
 */
public record InviteDraft(String accountId, String email, String firstName, String lastName, List<String> groupIds,
		List<Step> checked, @Nullable String invitedId) {

	/** The wizard's steps in order; {@link #INVITED} is the summary. */
	public enum Step {

		EMAIL, NAME, GROUPS, OVERVIEW, INVITED;

		public String path() {
			return name().toLowerCase(Locale.ROOT);
		}

		static @Nullable Step of(String path) {
			return Arrays.stream(values()).filter(step -> step.path().equals(path)).findFirst().orElse(null);
		}

	}

	public InviteDraft {
		groupIds = List.copyOf(groupIds);
		checked = List.copyOf(checked);
	}

	static InviteDraft start(String accountId) {
		return new InviteDraft(accountId, "", "", "", List.of(), List.of(), null);
	}

	/** The first step not yet accepted: where the wizard may go at most. */
	Step furthest() {
		for (Step step : List.of(Step.EMAIL, Step.NAME, Step.GROUPS)) {
			if (!checked.contains(step)) {
				return step;
			}
		}
		return invitedId == null ? Step.OVERVIEW : Step.INVITED;
	}

	InviteDraft withEmail(String typed, boolean accepted) {
		return new InviteDraft(accountId, typed, firstName, lastName, groupIds, mark(Step.EMAIL, accepted), invitedId);
	}

	InviteDraft withNames(String first, String last, boolean accepted) {
		return new InviteDraft(accountId, email, first, last, groupIds, mark(Step.NAME, accepted), invitedId);
	}

	InviteDraft withGroups(List<String> chosen, boolean accepted) {
		return new InviteDraft(accountId, email, firstName, lastName, chosen, mark(Step.GROUPS, accepted), invitedId);
	}

	InviteDraft invited(String memberId) {
		return new InviteDraft(accountId, email, firstName, lastName, groupIds, checked, memberId);
	}

	private List<Step> mark(Step step, boolean accepted) {
		List<Step> marked = new ArrayList<>(checked);
		marked.remove(step);
		if (accepted) {
			marked.add(step);
		}
		return marked;
	}

	/** The draft as the session keeps it: a query string. */
	String encode() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("account", accountId);
		fields.put("email", email);
		fields.put("first", firstName);
		fields.put("last", lastName);
		fields.put("groups", String.join(",", groupIds));
		fields.put("checked", String.join(",", checked.stream().map(Step::path).toList()));
		fields.put("invited", invitedId == null ? "" : invitedId);
		StringBuilder encoded = new StringBuilder();
		fields.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return encoded.toString();
	}

	static InviteDraft decode(String encoded) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(pair.substring(0, equals),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		String invited = fields.getOrDefault("invited", "");
		return new InviteDraft(fields.getOrDefault("account", ""), fields.getOrDefault("email", ""),
				fields.getOrDefault("first", ""), fields.getOrDefault("last", ""),
				list(fields.getOrDefault("groups", "")),
				list(fields.getOrDefault("checked", "")).stream().map(Step::of).filter(Objects::nonNull).toList(),
				invited.isEmpty() ? null : invited);
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

}
