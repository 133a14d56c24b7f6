package dev.lobby.console.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lobby.console.web.InviteDraft.Step;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.InviteCommand;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageDates;
import dev.lobby.web.PageSentences;

/**
 * Settings › Users › Add user: Email, Name, Groups, Overview, then the summary. One
 * server-side flow: each step posts, the server checks it with the invitation's own rules
 * ({@link InvitationManagement}) and keeps what was typed in the page session under the
 * wizard's id ({@link InviteDrafts}), so Back, a reload or a second tab lose nothing. The
 * Overview's Invite calls {@link InvitationManagement#invite}, as the REST API does.
 */
@Controller
@RequestMapping(AddUserWizardController.PATH)
class AddUserWizardController {

	static final String PATH = UserGrid.PATH + "/new";

	static final String PAGE = "console/user-new";

	private final InvitationManagement invitations;

	private final MembershipManagement members;

	private final MemberDetailsAssembler details;

	private final GroupManagement groups;

	private final InviteDrafts drafts;

	private final PageDates dates;

	private final PageSentences sentences;

	AddUserWizardController(InvitationManagement invitations, MembershipManagement members,
			MemberDetailsAssembler details, GroupManagement groups, InviteDrafts drafts, PageDates dates,
			PageSentences sentences) {
		this.sentences = sentences;
		this.invitations = invitations;
		this.members = members;
		this.details = details;
		this.groups = groups;
		this.drafts = drafts;
		this.dates = dates;
	}

	@GetMapping
	String start(PageCaller caller, HttpServletRequest request) {
		caller.actor().requireAccountManagement();
		return redirect(drafts.start(request, caller.accountId().value()), Step.EMAIL);
	}

	@GetMapping("/{wizard}")
	String resume(PageCaller caller, @PathVariable String wizard, HttpServletRequest request) {
		return draft(caller, wizard, request).map(draft -> redirect(wizard, draft.furthest()))
			.orElseGet(() -> start(caller, request));
	}

	@GetMapping("/{wizard}/{step}")
	String show(PageCaller caller, @PathVariable String wizard, @PathVariable String step, HttpServletRequest request,
			Model model) {
		Optional<InviteDraft> found = draft(caller, wizard, request);
		Step wanted = Step.of(step);
		if (found.isEmpty() || wanted == null) {
			return start(caller, request);
		}
		InviteDraft draft = found.get();
		Step furthest = draft.furthest();
		if (furthest == Step.INVITED ? wanted != Step.INVITED : wanted.compareTo(furthest) > 0) {
			return redirect(wizard, furthest);
		}
		return page(caller, wizard, wanted, draft, Map.of(), model);
	}

	@PostMapping("/{wizard}/email")
	String email(PageCaller caller, @PathVariable String wizard, @RequestParam(defaultValue = "") String email,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return step(caller, wizard, request, draft -> {
			try {
				Optional<AccountUser> existing = invitations.memberWithEmail(caller.accountId(), email, caller.actor());
				if (existing.isPresent()) {
					response.setStatus(HttpStatus.CONFLICT.value());
					model.addAttribute("existing", existing.get());
					model.addAttribute("message", sentences.of(InvitationManagement.alreadyAMember(existing.get())));
					return rejected(caller, wizard, Step.EMAIL, draft.withEmail(email, false), Map.of(), model);
				}
				return accepted(request, wizard, draft.withEmail(email, true), Step.NAME);
			}
			catch (InvalidInput refused) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return rejected(caller, wizard, Step.EMAIL, draft.withEmail(email, false), sentences.errors(refused),
						model);
			}
		});
	}

	@PostMapping("/{wizard}/name")
	String name(PageCaller caller, @PathVariable String wizard, @RequestParam(defaultValue = "") String firstName,
			@RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "next") String go,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return step(caller, wizard, request, draft -> {
			if ("back".equals(go)) {
				return accepted(request, wizard, draft.withNames(firstName, lastName, false), Step.EMAIL);
			}
			try {
				invitations.checkNames(firstName, lastName);
				return accepted(request, wizard, draft.withNames(firstName, lastName, true), Step.GROUPS);
			}
			catch (InvalidInput refused) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return rejected(caller, wizard, Step.NAME, draft.withNames(firstName, lastName, false),
						sentences.errors(refused), model);
			}
		});
	}

	@PostMapping("/{wizard}/groups")
	String groups(PageCaller caller, @PathVariable String wizard,
			@RequestParam(name = "groups", required = false) @Nullable List<String> chosen,
			@RequestParam(defaultValue = "next") String go, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Set<String> ids = chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
		return step(caller, wizard, request, draft -> {
			if ("back".equals(go)) {
				return accepted(request, wizard, draft.withGroups(List.copyOf(ids), false), Step.NAME);
			}
			try {
				invitations.checkGroups(caller.accountId(), ids, caller.actor());
				return accepted(request, wizard, draft.withGroups(List.copyOf(ids), true), Step.OVERVIEW);
			}
			catch (InvalidInput refused) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return rejected(caller, wizard, Step.GROUPS, draft.withGroups(List.copyOf(ids), false),
						sentences.errors(refused), model);
			}
		});
	}

	/** Invite: the REST API's own call; a refusal shows its sentence on the Overview. */
	@PostMapping("/{wizard}/overview")
	String invite(PageCaller caller, @PathVariable String wizard, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return step(caller, wizard, request, draft -> {
			if (draft.furthest() != Step.OVERVIEW) {
				return redirect(wizard, draft.furthest());
			}
			try {
				AccountUser member = invitations
					.invite(caller.accountId(),
							new InviteCommand(draft.email(), draft.firstName(), draft.lastName(), draft.groupIds()),
							caller.actor())
					.member();
				return accepted(request, wizard, draft.invited(member.id()), Step.INVITED);
			}
			catch (NotPermitted refused) {
				throw refused;
			}
			catch (LobbyException refused) {
				response.setStatus(RefusedForms.status(refused));
				model.addAttribute("message", sentences.of(refused));
				return page(caller, wizard, Step.OVERVIEW, draft,
						refused instanceof InvalidInput invalid ? sentences.errors(invalid) : Map.of(), model);
			}
		});
	}

	/** What one step's post does with the wizard's draft. */
	interface StepAction {

		String apply(InviteDraft draft);

	}

	private String step(PageCaller caller, String wizard, HttpServletRequest request, StepAction action) {
		Optional<InviteDraft> found = draft(caller, wizard, request);
		if (found.isEmpty()) {
			return start(caller, request);
		}
		if (found.get().invitedId() != null) {
			return redirect(wizard, Step.INVITED);
		}
		return action.apply(found.get());
	}

	private Optional<InviteDraft> draft(PageCaller caller, String wizard, HttpServletRequest request) {
		caller.actor().requireAccountManagement();
		return drafts.find(request, wizard, caller.accountId().value());
	}

	private String accepted(HttpServletRequest request, String wizard, InviteDraft draft, Step next) {
		drafts.save(request, wizard, draft);
		return redirect(wizard, next);
	}

	private String rejected(PageCaller caller, String wizard, Step step, InviteDraft draft,
			Map<String, List<String>> errors, Model model) {
		return page(caller, wizard, step, draft, errors, model);
	}

	private String page(PageCaller caller, String wizard, Step step, InviteDraft draft,
			Map<String, List<String>> errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Group> all = groups.search("limit=100&order=name", caller.actor()).data();
		model.addAttribute("wizard", wizard);
		model.addAttribute("step", step.path());
		model.addAttribute("steps",
				List.of(Step.EMAIL, Step.NAME, Step.GROUPS, Step.OVERVIEW).stream().map(Step::path).toList());
		model.addAttribute("draft", draft);
		model.addAttribute("done", draft.checked().stream().map(Step::path).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("groups", all);
		model.addAttribute("chosen", all.stream().filter(group -> draft.groupIds().contains(group.id())).toList());
		String invited = draft.invitedId();
		if (step == Step.INVITED && invited != null) {
			AccountUser member = members.get(caller.accountId(), AccountUserId.of(invited), caller.actor());
			model.addAttribute("invited", details.details(member));
			model.addAttribute("expires", dates.day(member.expiresAt(), locale));
		}
		return PAGE;
	}

	private static String redirect(String wizard, Step step) {
		return "redirect:" + PATH + "/" + wizard + "/" + step.path();
	}

}
