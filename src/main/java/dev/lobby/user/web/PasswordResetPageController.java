package dev.lobby.user.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.NotFound;
import dev.lobby.user.PasswordResets;
import dev.lobby.web.PageSentences;

/**
 * The "forgot password" pages: ask for a link by address, then choose a new password
 * through it. The pages say the same whether or not an address has a login.
 */
@Controller
class PasswordResetPageController {

	static final String REQUEST_FORM = "password-resets/request";
	static final String NEW_PASSWORD_FORM = "password-resets/new-password";
	static final String DONE = "password-resets/done";

	private final PasswordResets resets;

	private final PageSentences sentences;

	PasswordResetPageController(PasswordResets resets, PageSentences sentences) {
		this.sentences = sentences;
		this.resets = resets;
	}

	/** The request form's fields. */
	record RequestForm(@Nullable String email) {
	}

	/** The new-password form's fields; the names are optional. */
	record NewPasswordForm(@Nullable String password, @Nullable String confirmation, @Nullable String firstName,
			@Nullable String lastName) {
	}

	@GetMapping("/password-resets")
	String initRequest(Model model) {
		model.addAttribute("form", new RequestForm(null));
		model.addAttribute("errors", Map.of());
		return REQUEST_FORM;
	}

	@PostMapping("/password-resets")
	String processRequest(@ModelAttribute RequestForm form, Model model, HttpServletResponse response) {
		try {
			resets.request(EmailAddress.of(form.email()));
		}
		catch (InvalidInput invalid) {
			return again(REQUEST_FORM, form, sentences.errors(invalid), model, response);
		}
		model.addAttribute("done", "requested");
		return DONE;
	}

	@GetMapping("/password-resets/{token}")
	String initNewPassword(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		Optional<PasswordResets.ResetForm> reset = resets.form(token);
		if (reset.isEmpty()) {
			return unusable(model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("namesRequired", reset.get().namesRequired());
		model.addAttribute("form", new NewPasswordForm(null, null, null, null));
		model.addAttribute("errors", Map.of());
		return NEW_PASSWORD_FORM;
	}

	@PostMapping("/password-resets/{token}")
	String processNewPassword(@PathVariable String token, @ModelAttribute NewPasswordForm form, Model model,
			HttpServletResponse response) {
		noStore(response);
		if (form.password() != null && !form.password().equals(form.confirmation())) {
			formAgain(token, model);
			return again(NEW_PASSWORD_FORM, form, Map.of("confirmation", List.of("The two passwords differ.")), model,
					response);
		}
		try {
			resets.complete(token, form.password(), blankToNull(form.firstName()), blankToNull(form.lastName()));
		}
		catch (InvalidInput invalid) {
			formAgain(token, model);
			return again(NEW_PASSWORD_FORM, new NewPasswordForm(null, null, form.firstName(), form.lastName()),
					sentences.errors(invalid), model, response);
		}
		catch (ActionRefused | NotFound unusable) {
			return unusable(model, response);
		}
		model.addAttribute("done", "changed");
		return DONE;
	}

	/**
	 * The new-password form shown again after a mistake, asking for what the link's login
	 * needs.
	 */
	private void formAgain(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("namesRequired",
				resets.form(token).map(PasswordResets.ResetForm::namesRequired).orElse(false));
	}

	private static String again(String view, Object form, Map<String, List<String>> errors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return view;
	}

	private static String unusable(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("done", "unusable");
		return DONE;
	}

	/**
	 * The page's address carries the token: keep it out of caches (security sends no
	 * referrer for it).
	 */
	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
