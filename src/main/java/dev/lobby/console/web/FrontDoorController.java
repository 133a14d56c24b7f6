package dev.lobby.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import dev.lobby.membership.CredentialsNotRecognised;
import dev.lobby.membership.NoAccountToSignInTo;
import dev.lobby.membership.SignIns;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.RequestMetadata;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSessions;

/**
 * The front door: a visitor gets the sign-in form, a signed-in person their account's
 * home. Signing in and out, and switching between one's accounts.
 */
@Controller
class FrontDoorController {

	static final String SIGN_IN = "console/sign-in";

	static final String PAUSED = "console/sign-in-paused";

	static final String HOME = "console/home";

	private final SignIns signIns;

	private final PageSessions sessions;

	FrontDoorController(SignIns signIns, PageSessions sessions) {
		this.signIns = signIns;
		this.sessions = sessions;
	}

	/** The sign-in form's fields; {@code next} is the page to return to. */
	record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next) {
	}

	@GetMapping("/")
	String frontDoor(@Nullable PageCaller caller, @RequestParam(required = false) @Nullable String next,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		if (caller == null) {
			model.addAttribute("signedOut", signedOut != null);
			return form(new SignInForm(null, null, next), null, model);
		}
		return HOME;
	}

	@GetMapping("/sign-in")
	Object initSignIn(@Nullable PageCaller caller, @RequestParam(required = false) @Nullable String next, Model model) {
		if (caller != null) {
			return redirect(safeNext(next));
		}
		return form(new SignInForm(null, null, next), null, model);
	}

	@PostMapping("/sign-in")
	Object processSignIn(@ModelAttribute SignInForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SignInForm again = new SignInForm(form.email(), null, form.next());
		try {
			String userId = signIns.signIn(form.email(), form.password(), RequestMetadata.current().ip());
			sessions.signIn(userId, request, response);
			return redirect(safeNext(form.next()));
		}
		catch (LimitReached paused) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
			model.addAttribute("minutes", (paused.retryAfterSeconds() + 59) / 60);
			return PAUSED;
		}
		catch (NoAccountToSignInTo refused) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(again, refused.invitationsPending() ? "signin.error.pending" : "signin.error.blocked", model);
		}
		catch (CredentialsNotRecognised wrong) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(again, "signin.error.credentials", model);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("emailInvalid", true);
			return form(again, null, model);
		}
	}

	@PostMapping("/sign-out")
	View signOut(HttpServletRequest request, HttpServletResponse response) {
		sessions.signOut(request, response);
		return redirect("/?signed-out");
	}

	/**
	 * Keeps the account the person chose (an operator: any account); one they may not act
	 * in is ignored. {@code next} is a page of this site to land on.
	 */
	@PostMapping("/account")
	View switchAccount(@RequestParam String accountId, @RequestParam(required = false) @Nullable String next,
			HttpServletRequest request) {
		sessions.chooseAccount(accountId, request);
		return redirect(safeNext(next));
	}

	private static String form(SignInForm form, @Nullable String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		return SIGN_IN;
	}

	/**
	 * Only a path of this site: never another host ({@code //evil.example},
	 * {@code /\evil.example}), so the sign-in cannot be used to send people elsewhere.
	 */
	static String safeNext(@Nullable String next) {
		if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
				|| next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return "/";
		}
		return next;
	}

	private static RedirectView redirect(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setExpandUriTemplateVariables(false);
		return view;
	}

}
