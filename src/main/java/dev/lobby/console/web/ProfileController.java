package dev.lobby.console.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import dev.lobby.platform.InvalidInput;
import dev.lobby.user.UserDirectory;
import dev.lobby.web.PageCaller;

/**
 * My profile: every signed-in person's own page, whatever their groups. For now the
 * person's names, address, accounts and the language of their pages.
 */
@Controller
class ProfileController {

	/** The languages a person may choose; empty: follow the browser. */
	static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "de", Locale.GERMAN);

	private final UserDirectory users;

	ProfileController(UserDirectory users) {
		this.users = users;
	}

	@GetMapping("/profile")
	String profile() {
		return "console/profile";
	}

	@PostMapping("/profile/language")
	View chooseLanguage(PageCaller caller, @RequestParam(required = false) @Nullable String language) {
		Locale chosen = null;
		if (language != null && !language.isBlank()) {
			chosen = LANGUAGES.get(language);
			if (chosen == null) {
				throw new InvalidInput("language", "Choose English, German or your browser's language.");
			}
		}
		users.chooseLanguage(caller.userId(), chosen);
		RedirectView view = new RedirectView("/profile?saved", true);
		view.setExpandUriTemplateVariables(false);
		return view;
	}

}
