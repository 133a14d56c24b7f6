package dev.lobby.membership.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

import dev.lobby.membership.AcceptCommand;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.InvitationAnswers;
import dev.lobby.membership.InvitationView;
import dev.lobby.membership.SignIns;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.LobbyProperties;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.NotPermitted;
import dev.lobby.user.AlreadyRegistered;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;
import dev.lobby.web.PageSessions;

/**
 * Accepting an invitation on its page: a new user registers (names, password, terms), a
 * person with a login signs in with it (only through the emailed link). Both call
 * {@link InvitationAnswers#accept}, the service of the REST API's accept, and end signed
 * in, in the account they joined. A refusal shows the service's sentence (or the bundle's
 * words for it) on the form, and nothing is consumed.
 */
@Controller
class InvitationAcceptController {

	static final String ACCEPT = "invitations/accept";

	private final InvitationAnswers answers;

	private final InvitationPages pages;

	private final PageSessions sessions;

	private final SignIns signIns;

	private final PageSentences sentences;

	private final LobbyProperties lobby;

	InvitationAcceptController(InvitationAnswers answers, InvitationPages pages, PageSessions sessions, SignIns signIns,
			PageSentences sentences, LobbyProperties lobby) {
		this.sentences = sentences;
		this.lobby = lobby;
		this.answers = answers;
		this.pages = pages;
		this.sessions = sessions;
		this.signIns = signIns;
	}

	/**
	 * The operator's documents the registration's terms checkbox links to; either may be
	 * absent ({@code lobby.terms-url}, {@code lobby.privacy-url}).
	 */
	@ModelAttribute("documents")
	Documents documents() {
		return new Documents(lobby.termsUrl(), lobby.privacyUrl());
	}

	record Documents(@Nullable URI terms, @Nullable URI privacy) {
	}

	/** The registration form's fields. */
	record Registration(@Nullable String firstName, @Nullable String lastName, @Nullable String password,
			@Nullable String confirmation, @Nullable Boolean terms) {
	}

	/** The sign-in form's field: the address is the invitation's. */
	record SignIn(@Nullable String password) {
	}

	@GetMapping("/invitations/{code}/accept")
	String initAccept(@PathVariable String code, @Nullable PageCaller caller, Model model, HttpServletResponse response,
			Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		if (instead != null) {
			return instead;
		}
		return form(new Registration(view.firstName(), view.lastName(), null, null, false), Map.of(), null, model);
	}

	@PostMapping("/invitations/{code}/register")
	Object processRegistration(@PathVariable String code, @ModelAttribute Registration form,
			@Nullable PageCaller caller, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		if (instead != null) {
			return instead;
		}
		Registration again = new Registration(form.firstName(), form.lastName(), null, null, form.terms());
		Map<String, List<String>> mistakes = new LinkedHashMap<>();
		if (form.password() != null && !form.password().equals(form.confirmation())) {
			mistakes.put("confirmation", List.of(pages.text(locale, "invitation.accept.error.confirmation")));
		}
		if (!Boolean.TRUE.equals(form.terms())) {
			mistakes.put("terms", List.of(pages.text(locale, "invitation.accept.error.terms")));
		}
		if (!mistakes.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(again, mistakes, null, model);
		}
		// Names always present (if empty): this is a registration, whatever was typed.
		AcceptCommand command = new AcceptCommand(orEmpty(form.firstName()), orEmpty(form.lastName()), form.password());
		try {
			return signedIn(answers.accept(code, command), request, response);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(again, sentences.errors(invalid), null, model);
		}
		catch (AlreadyRegistered registered) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(again, Map.of(), pages.text(locale, "invitation.accept.error.registered"), model);
		}
		catch (ActionRefused | NotFound | NotPermitted | LimitReached refused) {
			return refused(code, refused, again, model, response, locale);
		}
	}

	@PostMapping("/invitations/{code}/sign-in")
	Object processSignIn(@PathVariable String code, @ModelAttribute SignIn form, @Nullable PageCaller caller,
			Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		if (instead != null) {
			return instead;
		}
		Registration untouched = new Registration(view.firstName(), view.lastName(), null, null, false);
		model.addAttribute("signInOpen", true);
		try {
			return signedIn(answers.accept(code, new AcceptCommand(null, null, form.password())), request, response);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// Only the password was asked for: any other field means the login has none
			// yet and has to register (the emailed link's holder reads the mailbox).
			boolean wrongPassword = invalid.sentences().keySet().equals(Set.of("password")) && form.password() != null
					&& !form.password().isEmpty();
			String sentence = pages.text(locale,
					wrongPassword ? "invitation.accept.error.password" : "invitation.accept.error.noPassword");
			model.addAttribute("signInError", sentence);
			return form(untouched, Map.of(), null, model);
		}
		catch (ActionRefused | NotFound | NotPermitted | LimitReached refused) {
			return refused(code, refused, untouched, model, response, locale);
		}
	}

	/**
	 * A refusal of the service: a link that stopped working meanwhile gets its page; a
	 * pause, a link that cannot sign in, or a race the service's sentence on the form.
	 */
	private String refused(String code, LobbyException refused, Registration form, Model model,
			HttpServletResponse response, Locale locale) {
		InvitationView now = answers.view(code);
		if (!now.usable()) {
			return pages.problem(now.state(), model, response);
		}
		String sentence;
		if (refused instanceof LimitReached paused) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
			sentence = pages.text(locale, "invitation.accept.error.paused", (paused.retryAfterSeconds() + 59) / 60);
		}
		else if (refused instanceof NotPermitted) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			sentence = pages.text(locale, "invitation.accept.emailedLink", now.inviteeEmail());
		}
		else {
			response.setStatus(HttpStatus.CONFLICT.value());
			sentence = sentences.of(refused);
		}
		if (Boolean.TRUE.equals(model.getAttribute("signInOpen"))) {
			model.addAttribute("signInError", sentence);
			return form(form, Map.of(), null, model);
		}
		return form(form, Map.of(), sentence, model);
	}

	/**
	 * The person joined: a new page session signs them in (as the sign-in form's does),
	 * acting in the account they joined.
	 */
	private RedirectView signedIn(AccountUser member, HttpServletRequest request, HttpServletResponse response) {
		String userId = member.person().userId();
		sessions.signIn(userId, request, response);
		sessions.chooseAccount(member.accountId(), request);
		signIns.signedInByAccepting(userId);
		RedirectView home = new RedirectView("/", true);
		home.setExpandUriTemplateVariables(false);
		return home;
	}

	private static String form(Registration form, Map<String, List<String>> errors, @Nullable String error,
			Model model) {
		model.addAttribute("registration", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		return ACCEPT;
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
