package dev.lobby.console.web;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.platform.GroupId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;

/**
 * Settings › Groups: the account's groups with their members and modules, created,
 * changed and deleted through {@link GroupManagement}, the service of the REST API's
 * {@code /public/v1/accounts/user-groups}. Whether a group may be deleted, and whether
 * its modules may change, is the group's own rule, shown before anyone tries.
 */
@Controller
@RequestMapping(GroupsPageController.PATH)
class GroupsPageController {

	static final String PATH = "/settings/groups";

	static final int PAGE_SIZE = 50;

	private final GroupManagement groups;

	private final Modules modules;

	private final MessageSource messages;

	private final PageSentences sentences;

	GroupsPageController(GroupManagement groups, Modules modules, MessageSource messages, PageSentences sentences) {
		this.sentences = sentences;
		this.groups = groups;
		this.modules = modules;
		this.messages = messages;
	}

	/** What the form posts: the chosen modules' ids and the version it read. */
	record GroupForm(@Nullable String name, @Nullable String description, @Nullable List<String> modules,
			@Nullable Long version) {

		Set<String> moduleIds() {
			return modules == null ? Set.of() : new LinkedHashSet<>(modules);
		}

		static GroupForm of(Group group) {
			return new GroupForm(group.name(), group.description(), group.modules().stream().map(Module::id).toList(),
					group.version());
		}
	}

	@GetMapping
	String list(PageCaller caller, @RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, page);
		model.addAttribute("groups",
				groups.searchInUse("limit=" + PAGE_SIZE + "&offset=" + (long) current * PAGE_SIZE, caller.actor()));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "console/groups";
	}

	@GetMapping("/new")
	String initCreate(PageCaller caller, Model model) {
		caller.actor().requireAccountManagement();
		return form(null, new GroupForm(null, null, List.of(), null), null, model);
	}

	@PostMapping("/new")
	String processCreate(PageCaller caller, @ModelAttribute GroupForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			Group group = groups.create(caller.accountId(), form.name(), form.description(), form.moduleIds(),
					caller.actor());
			return saved(redirect, text(locale, "groups.created", group.name()));
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(RefusedForms.status(refused));
			return form(null, form, sentences.of(refused), model);
		}
	}

	@GetMapping("/{id}/edit")
	String initEdit(PageCaller caller, @PathVariable String id, Model model) {
		Group group = groups.get(GroupId.of(id), caller.actor());
		return form(group, GroupForm.of(group), null, model);
	}

	@PostMapping("/{id}/edit")
	String processEdit(PageCaller caller, @PathVariable String id, @ModelAttribute GroupForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			Group group = groups.update(GroupId.of(id), form.name(), form.description(), form.moduleIds(),
					new IfMatch(form.version()), caller.actor());
			return saved(redirect, text(locale, "groups.saved", group.name()));
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(RefusedForms.status(refused));
			Group group = groups.get(GroupId.of(id), caller.actor());
			GroupForm again = refused instanceof InvalidInput ? form
					: new GroupForm(form.name(), form.description(), form.modules(), group.version());
			return form(group, again, sentences.of(refused), model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect, Locale locale) {
		Group group = groups.get(GroupId.of(id), caller.actor());
		try {
			groups.delete(GroupId.of(id), new IfMatch(version), caller.actor());
			return saved(redirect, text(locale, "groups.deleted", group.name()));
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			redirect.addFlashAttribute("message", sentences.of(refused));
			redirect.addFlashAttribute("success", false);
			return "redirect:" + PATH;
		}
	}

	private String form(@Nullable Group group, GroupForm form, @Nullable String error, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("checked", form.moduleIds());
		model.addAttribute("modules", modules.all());
		model.addAttribute("error", error);
		return "console/group-form";
	}

	private static String saved(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("success", true);
		return "redirect:" + PATH;
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
