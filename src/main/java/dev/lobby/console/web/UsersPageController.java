package dev.lobby.console.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.membership.AccountUser;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;

/**
 * Settings › Users: the account's members in a grid whose whole state is its URL, and the
 * actions of each member's ••• menu. The grid runs the member list's own query
 * ({@link MembershipManagement#search}, as the REST API does); the actions call the same
 * services as the REST API, and a refusal shows the service's sentence. htmx swaps the
 * grid alone; without JavaScript the same URLs render the same table and the forms
 * redirect back to it.
 */
@Controller
@RequestMapping(UserGrid.PATH)
class UsersPageController {

	static final String PAGE = "console/users";

	static final String GRID = "console/users :: swap";

	private final MembershipManagement members;

	private final InvitationManagement invitations;

	private final UsersGridView view;

	private final PageSentences sentences;

	UsersPageController(MembershipManagement members, InvitationManagement invitations, UsersGridView view,
			PageSentences sentences) {
		this.sentences = sentences;
		this.members = members;
		this.invitations = invitations;
		this.view = view;
	}

	@GetMapping
	String grid(PageCaller caller, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		UserGrid grid = UserGrid.of(params);
		view.fill(model, caller, grid, locale);
		if (!swapsTheGrid(request)) {
			return PAGE;
		}
		// The address bar shows the grid's own URL, not the form's every empty field.
		response.setHeader("HX-Push-Url", grid.url());
		return GRID;
	}

	@PostMapping("/{id}/resend")
	String resend(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean details, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		return act(caller, state, details ? id : null, request, model, redirect, locale, () -> {
			AccountUser member = invitations
				.resend(caller.accountId(), AccountUserId.of(id), new IfMatch(version), caller.actor())
				.member();
			return view.text(locale, "users.resent", member.person().email().value(),
					view.day(member.expiresAt(), locale));
		});
	}

	@PostMapping("/{id}/send-new")
	String sendNew(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean details, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		return act(caller, state, details ? id : null, request, model, redirect, locale, () -> {
			AccountUser member = invitations
				.sendNew(caller.accountId(), AccountUserId.of(id), new IfMatch(version), caller.actor())
				.member();
			return view.text(locale, "users.sentNew", member.person().email().value(),
					view.day(member.expiresAt(), locale));
		});
	}

	@PostMapping("/{id}/block")
	String block(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean details, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		return act(caller, state, details ? id : null, request, model, redirect, locale,
				() -> view.text(locale, "users.blocked",
						members.block(caller.accountId(), AccountUserId.of(id), new IfMatch(version), caller.actor())
							.person()
							.fullName()));
	}

	@PostMapping("/{id}/unblock")
	String unblock(PageCaller caller, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean details, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		return act(caller, state, details ? id : null, request, model, redirect, locale,
				() -> view.text(locale, "users.unblocked",
						members.unblock(caller.accountId(), AccountUserId.of(id), new IfMatch(version), caller.actor())
							.person()
							.fullName()));
	}

	/** The remove dialog's form: one address for every member, the member in a field. */
	@PostMapping("/remove")
	String remove(PageCaller caller, @RequestParam String id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean details, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		return act(caller, state, details ? id : null, request, model, redirect, locale, () -> {
			String name = members.get(caller.accountId(), AccountUserId.of(id), caller.actor()).person().fullName();
			members.remove(caller.accountId(), AccountUserId.of(id), new IfMatch(version), caller.actor());
			return view.text(locale, "users.removed", name);
		});
	}

	/**
	 * Copy invitation link: the link is fetched when the button is clicked (a POST: the
	 * copy is audited), never written into the grid's HTML, and never cached.
	 */
	@PostMapping("/{id}/invitation-link")
	ResponseEntity<Map<String, String>> copyLink(PageCaller caller, @PathVariable String id, Locale locale) {
		try {
			String url = invitations.copyLink(caller.accountId(), AccountUserId.of(id), caller.actor());
			String name = members.get(caller.accountId(), AccountUserId.of(id), caller.actor()).person().fullName();
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(Map.of("url", url, "message", view.text(locale, "users.copied", name)));
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.cacheControl(CacheControl.noStore())
				.body(Map.of("message", sentences.of(refused)));
		}
	}

	/** An action that answers with a sentence; it throws the service's refusal. */
	interface Action {

		String run();

	}

	/**
	 * Runs the action and shows its sentence, or the service's refusal, above the grid as
	 * it is now: htmx swaps the grid; a plain form post goes back to the grid's URL.
	 */
	private String act(PageCaller caller, @Nullable String state, @Nullable String detailsOf,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale, Action action) {
		caller.actor().requireAccountManagement();
		UserGrid grid = UserGrid.ofQuery(state);
		String message;
		boolean success;
		try {
			message = action.run();
			success = true;
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			message = sentences.of(refused);
			success = false;
		}
		if (swapsTheGrid(request)) {
			view.fill(model, caller, grid, locale);
			model.addAttribute("message", message);
			model.addAttribute("success", success);
			return GRID;
		}
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("success", success);
		if (detailsOf != null) {
			// From the member's page: back to it, which still knows the grid to return
			// to.
			if (!grid.query().isEmpty()) {
				redirect.addAttribute("back", grid.query());
			}
			return "redirect:" + UserDetailsController.url(detailsOf);
		}
		return "redirect:" + grid.url();
	}

	/**
	 * htmx asks for the grid alone, except when it restores a page from history: then the
	 * whole page.
	 */
	static boolean swapsTheGrid(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
	}

}
