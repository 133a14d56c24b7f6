package dev.lobby.console.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.RequestMetadata;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.TimeZones;
import dev.lobby.platform.UserId;
import dev.lobby.user.MyProfile;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;
import dev.lobby.web.PageSessions;

/**
 * My profile: every signed-in person's own page, whatever their groups: their names,
 * their password, the language of their pages, and the accounts they belong to. Each form
 * calls the user module's services and redirects back with what was saved.
 */
@Controller
class ProfileController {

	/** The languages a person may choose; empty: follow the browser. */
	static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "de", Locale.GERMAN);

	static final String PAGE = "console/profile";

	private final UserDirectory users;

	private final MyProfile profile;

	private final PageSessions sessions;

	private final PageSentences sentences;

	ProfileController(UserDirectory users, MyProfile profile, PageSessions sessions, PageSentences sentences) {
		this.sentences = sentences;
		this.users = users;
		this.profile = profile;
		this.sessions = sessions;
	}

	/** The names form, as typed (shown again with its errors). */
	record NamesForm(@Nullable String firstName, @Nullable String lastName) {
	}

	@GetMapping("/profile")
	String profile(PageCaller caller, Model model) {
		return page(model, names(caller), Map.of());
	}

	@PostMapping("/profile/names")
	Object rename(PageCaller caller, @ModelAttribute NamesForm form, Model model, HttpServletResponse response) {
		try {
			profile.rename(UserId.of(caller.userId()), form.firstName(), form.lastName());
			return saved("names");
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, form, sentences.errors(invalid));
		}
	}

	@PostMapping("/profile/password")
	Object changePassword(PageCaller caller, @RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword,
			@RequestParam(required = false) @Nullable String confirmation, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		NamesForm names = names(caller);
		try {
			profile.changePassword(UserId.of(caller.userId()), currentPassword, newPassword, confirmation,
					RequestMetadata.current().ip());
			sessions.endOtherSessions(caller.userId(), request);
			return saved("password");
		}
		catch (LimitReached paused) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
			model.addAttribute("pausedMinutes", (paused.retryAfterSeconds() + 59) / 60);
			return page(model, names, Map.of());
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, names, sentences.errors(invalid));
		}
	}

	@PostMapping("/profile/language")
	View chooseLanguage(PageCaller caller, @RequestParam(required = false) @Nullable String language) {
		Locale chosen = null;
		if (language != null && !language.isBlank()) {
			chosen = LANGUAGES.get(language);
			if (chosen == null) {
				throw new InvalidInput("language", Sentence.of("profile.language-unknown"));
			}
		}
		users.chooseLanguage(caller.userId(), chosen);
		return saved("language");
	}

	/**
	 * The time zone of the person's dates; empty follows the browser's. Unknown zones are
	 * refused.
	 */
	@PostMapping("/profile/time-zone")
	View chooseTimeZone(PageCaller caller, @RequestParam(required = false) @Nullable String timeZone) {
		ZoneId chosen = null;
		if (timeZone != null && !timeZone.isBlank()) {
			chosen = TimeZones.named(timeZone)
				.orElseThrow(() -> new InvalidInput("timeZone", Sentence.of("profile.time-zone-unknown")));
		}
		users.chooseTimeZone(caller.userId(), chosen);
		return saved("timeZone");
	}

	/** Every named zone (Area/City), for the time zone choice. */
	static List<String> zones() {
		return ZONES;
	}

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private NamesForm names(PageCaller caller) {
		User me = users.get(UserId.of(caller.userId()));
		return new NamesForm(me.firstName(), me.lastName());
	}

	private static String page(Model model, NamesForm names, Map<String, List<String>> errors) {
		model.addAttribute("names", names);
		model.addAttribute("zones", ZONES);
		model.addAttribute("errors", errors);
		return PAGE;
	}

	private static View saved(String what) {
		RedirectView view = new RedirectView("/profile?saved=" + what, true);
		view.setExpandUriTemplateVariables(false);
		return view;
	}

}
