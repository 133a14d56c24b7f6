package dev.lobby.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.group.Module;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.MemberDetails;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageDates;
import dev.lobby.web.PageSentences;

/**
 * Settings › Users › one member: the tabs General (with the grid's ••• menu), Groups (the
 * only thing an administrator changes about a member; at least one stays, the service's
 * rule), Details (the dates) and Audit trail ({@link MemberAuditTrail}). The tab is in
 * the URL ({@code ?tab=groups}), so each tab has an address and works without JavaScript.
 */
@Controller
@RequestMapping(UserGrid.PATH + "/{id}")
class UserDetailsController {

	static final String PAGE = "console/user-details";

	static final List<String> TABS = List.of("general", "groups", "details", "audit");

	private final MembershipManagement members;

	private final MemberDetailsAssembler details;

	private final GroupManagement groups;

	private final MemberAuditTrail audit;

	private final PageDates dates;

	private final MessageSource messages;

	private final Clock clock;

	private final PageSentences sentences;

	UserDetailsController(MembershipManagement members, MemberDetailsAssembler details, GroupManagement groups,
			MemberAuditTrail audit, PageDates dates, MessageSource messages, Clock clock, PageSentences sentences) {
		this.sentences = sentences;
		this.members = members;
		this.details = details;
		this.groups = groups;
		this.audit = audit;
		this.dates = dates;
		this.messages = messages;
		this.clock = clock;
	}

	/** The page of one member: {@code /settings/users/AUSR-…}. */
	static String url(String id) {
		return UserGrid.PATH + "/" + id;
	}

	@GetMapping
	String show(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String back, Model model, Locale locale) {
		AccountUser member = members.get(caller.accountId(), AccountUserId.of(id), caller.actor());
		return page(caller, member, tab, member.groupIds(), member.version(), back, null, model, locale);
	}

	/** The grid's Edit before this page existed: now its Groups tab. */
	@GetMapping("/edit")
	String edit(@PathVariable String id, @RequestParam(required = false) @Nullable String back) {
		AccountUserId.of(id);
		return "redirect:" + url(id) + "?tab=groups"
				+ (back == null || back.isBlank() ? "" : "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
	}

	@PostMapping("/groups")
	String saveGroups(PageCaller caller, @PathVariable String id,
			@RequestParam(name = "groups", required = false) @Nullable List<String> chosen,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String back, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Set<String> groupIds = chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
		try {
			AccountUser member = members.replaceGroups(caller.accountId(), AccountUserId.of(id), groupIds,
					new IfMatch(version), caller.actor());
			redirect.addFlashAttribute("message",
					messages.getMessage("edit.saved", new Object[] { member.person().fullName() }, locale));
			redirect.addFlashAttribute("success", true);
			redirect.addAttribute("tab", "groups");
			if (back != null && !back.isBlank()) {
				redirect.addAttribute("back", back);
			}
			return "redirect:" + url(member.id());
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(RefusedForms.status(refused));
			AccountUser member = members.get(caller.accountId(), AccountUserId.of(id), caller.actor());
			return page(caller, member, "groups", groupIds,
					refused instanceof InvalidInput ? version : Long.valueOf(member.version()), back,
					sentences.of(refused), model, locale);
		}
	}

	private String page(PageCaller caller, AccountUser member, @Nullable String tab, Set<String> checked,
			@Nullable Long version, @Nullable String back, @Nullable String error, Model model, Locale locale) {
		MemberDetails shown = details.details(member);
		Instant now = Instant.now(clock);
		UserGrid grid = UserGrid.ofQuery(back);
		model.addAttribute("tab", tab != null && TABS.contains(tab) ? tab : "general");
		model.addAttribute("tabs", TABS);
		model.addAttribute("member", member);
		model.addAttribute("shown", shown);
		model.addAttribute("row", row(shown, caller, now));
		model.addAttribute("dates", dates(shown, caller, locale));
		model.addAttribute("allGroups", groups.search("limit=100&order=name", caller.actor()).data());
		model.addAttribute("checked", checked);
		model.addAttribute("version", version);
		model.addAttribute("back", grid.query());
		model.addAttribute("backUrl", grid.url());
		model.addAttribute("error", error);
		model.addAttribute("records", audit.of(member, caller, locale));
		return PAGE;
	}

	/** The member as a grid row: the same ••• menu ({@link AccountUser#actions}). */
	private static UserRow row(MemberDetails shown, PageCaller caller, Instant now) {
		AccountUser member = shown.member();
		return new UserRow(member.id(), member.person().fullName(), member.person().email().value(),
				shown.status().name(), null, null, null, shown.groups().stream().map(Group::name).toList(),
				shown.modules().stream().map(Module::name).toList(), member.version(),
				member.actions(caller.actor(), now));
	}

	/** The Details tab: label key and the moment, in the reader's language. */
	private List<Fact> dates(MemberDetails shown, PageCaller caller, Locale locale) {
		AccountUser member = shown.member();
		return List.of(new Fact("details.created", dates.moment(member.created().at(), locale)),
				new Fact("details.invited", dates.moment(member.sentAt(), locale)),
				new Fact("details.expires", dates.moment(shown.invitationExpiresAt(), locale)),
				new Fact("details.joined", dates.moment(member.joinedAt(), locale)),
				new Fact("details.lastSignIn", dates.moment(member.person().lastSignInAt(), locale)),
				new Fact("details.invitedBy",
						member.sentAt() == null ? null : member.invitedBy().displayName(caller.accountName())));
	}

	/** One line of the Details tab; a null value shows as "—". */
	public record Fact(String label, @Nullable String value) {
	}

}
