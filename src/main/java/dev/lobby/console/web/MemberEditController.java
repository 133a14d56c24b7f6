package dev.lobby.console.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;

/**
 * Edit, from the ••• menu: a member's groups, the only thing an administrator changes
 * about a member (names and password are the person's own). At least one group stays: the
 * service's rule, whose sentence the form shows.
 */
@Controller
@RequestMapping(UserGrid.PATH + "/{id}/edit")
class MemberEditController {

	static final String FORM = "console/member-edit";

	private final MembershipManagement members;

	private final GroupManagement groups;

	private final MessageSource messages;

	MemberEditController(MembershipManagement members, GroupManagement groups, MessageSource messages) {
		this.members = members;
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping
	String initEdit(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable String back,
			Model model) {
		AccountUser member = members.get(caller.accountId(), AccountUserId.of(id), caller.actor());
		return form(caller, member, member.groupIds(), member.version(), back, null, model);
	}

	@PostMapping
	String processEdit(PageCaller caller, @PathVariable String id,
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
			return "redirect:" + UserGrid.ofQuery(back).url();
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(
					refused instanceof InvalidInput ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
			AccountUser member = members.get(caller.accountId(), AccountUserId.of(id), caller.actor());
			return form(caller, member, groupIds,
					refused instanceof InvalidInput ? version : Long.valueOf(member.version()), back,
					refused.getMessage(), model);
		}
	}

	private String form(PageCaller caller, AccountUser member, Set<String> checked, @Nullable Long version,
			@Nullable String back, @Nullable String error, Model model) {
		List<Group> all = groups.search("limit=100&order=name", caller.actor()).data();
		model.addAttribute("member", member);
		model.addAttribute("groups", all);
		model.addAttribute("checked", checked);
		model.addAttribute("version", version);
		model.addAttribute("back", UserGrid.ofQuery(back).query());
		model.addAttribute("backUrl", UserGrid.ofQuery(back).url());
		model.addAttribute("error", error);
		return FORM;
	}

}
