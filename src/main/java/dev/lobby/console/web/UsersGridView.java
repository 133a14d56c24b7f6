package dev.lobby.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.MemberDetails;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.UserId;
import dev.lobby.user.UserDirectory;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageDates;

/**
 * What the Settings › Users grid shows, for every controller that renders it: the rows of
 * the member list's own query ({@link MembershipManagement#search}, as the REST API runs
 * it) in the reader's language, the filters' choices, and the columns the person hides.
 */
@Component
class UsersGridView {

	private final MembershipManagement members;

	private final MemberDetailsAssembler details;

	private final GroupManagement groups;

	private final Modules modules;

	private final UserDirectory users;

	private final MessageSource messages;

	private final PageDates dates;

	private final Clock clock;

	UsersGridView(MembershipManagement members, MemberDetailsAssembler details, GroupManagement groups, Modules modules,
			UserDirectory users, MessageSource messages, PageDates dates, Clock clock) {
		this.dates = dates;
		this.members = members;
		this.details = details;
		this.groups = groups;
		this.modules = modules;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	/** The grid's rows, paging, filter choices and the person's columns. */
	void fill(Model model, PageCaller caller, UserGrid grid, Locale locale) {
		MembershipManagement.MemberPage found = members.search(caller.accountId(), grid.rql(), caller.actor());
		PageResponse<MemberDetails> page = details.page(found);
		Instant now = Instant.now(clock);
		List<UserRow> rows = page.data().stream().map(member -> row(member, caller, now, locale)).toList();
		model.addAttribute("grid", grid);
		model.addAttribute("rows", rows);
		model.addAttribute("pagination", page.meta().pagination());
		model.addAttribute("groups", groups.search("limit=100&order=name", caller.actor()).data());
		model.addAttribute("modules", modules.all());
		model.addAttribute("statuses", UserGrid.STATUSES);
		model.addAttribute("sizes", UserGrid.SIZES);
		model.addAttribute("columns", columns(caller));
	}

	private UserRow row(MemberDetails member, PageCaller caller, Instant now, Locale locale) {
		AccountUser account = member.member();
		String status = member.status().name();
		String expiry = member.status().name().equals("Invited") && member.invitationExpiresAt() != null
				? expiry(Duration.between(now, member.invitationExpiresAt()), locale) : null;
		return new UserRow(account.id(), account.person().fullName(), account.person().email().value(), status, expiry,
				day(account.joinedAt(), locale), day(account.person().lastSignInAt(), locale),
				member.groups().stream().map(Group::name).toList(),
				member.modules().stream().map(Module::name).toList(), account.version(),
				account.actions(caller.actor(), now));
	}

	/** "expires in 3 days", "in 5 hours", "in less than an hour". */
	private String expiry(Duration left, Locale locale) {
		long hours = left.toHours();
		if (hours >= 24) {
			return text(locale, "users.expires.days", (hours + 23) / 24);
		}
		return hours >= 1 ? text(locale, "users.expires.hours", hours) : text(locale, "users.expires.soon");
	}

	@Nullable String day(@Nullable Instant instant, Locale locale) {
		return dates.day(instant, locale);
	}

	String text(Locale locale, String key, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The columns the person hides (their own setting). */
	GridColumns columns(PageCaller caller) {
		return GridColumns.stored(users.setting(UserId.of(caller.userId()), GridColumns.SETTING).orElse(null));
	}

	void saveColumns(PageCaller caller, GridColumns columns) {
		users.saveSetting(UserId.of(caller.userId()), GridColumns.SETTING, columns.stored());
	}

}
