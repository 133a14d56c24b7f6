package dev.lobby.console.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.apitoken.ApiToken;
import dev.lobby.apitoken.ApiTokenManagement;
import dev.lobby.apitoken.IssuedToken;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.platform.ApiTokenId;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;

/**
 * Settings › API tokens: the account's tokens, created, disabled, enabled and deleted
 * through {@link ApiTokenManagement}, the service of the REST API's
 * {@code /public/v1/accounts/api-tokens}. A new token's secret is in the answer to the
 * creating request only: rendered there (never through a redirect, which would keep it in
 * the session), and like every page not stored by the browser.
 */
@Controller
@RequestMapping(ApiTokensPageController.PATH)
class ApiTokensPageController {

	static final String PATH = "/settings/api-tokens";

	private final ApiTokenManagement tokens;

	private final Modules modules;

	private final MessageSource messages;

	private final PageSentences sentences;

	ApiTokensPageController(ApiTokenManagement tokens, Modules modules, MessageSource messages,
			PageSentences sentences) {
		this.sentences = sentences;
		this.tokens = tokens;
		this.modules = modules;
		this.messages = messages;
	}

	/** A token as the list shows it. */
	public record TokenRow(ApiToken token, List<String> modules, String created, @Nullable String lastUsed) {
	}

	@GetMapping
	String list(PageCaller caller, Model model, Locale locale) {
		return page(caller, "", Set.of(), null, model, locale);
	}

	@PostMapping
	String create(PageCaller caller, @RequestParam(required = false) @Nullable String name,
			@RequestParam(name = "modules", required = false) @Nullable List<String> chosen, Model model,
			HttpServletResponse response, Locale locale) {
		Set<String> moduleIds = chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
		try {
			IssuedToken issued = tokens.create(caller.accountId(), name, moduleIds, caller.actor());
			response.setHeader("Referrer-Policy", "no-referrer");
			model.addAttribute("issued", issued);
			return "console/api-token-created";
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(RefusedForms.status(refused));
			return page(caller, name == null ? "" : name, moduleIds, sentences.of(refused), model, locale);
		}
	}

	@PostMapping("/{id}/disable")
	String disable(PageCaller caller, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
		return act(redirect,
				() -> text(locale, "tokens.disabled", tokens.disable(ApiTokenId.of(id), caller.actor()).name()));
	}

	@PostMapping("/{id}/enable")
	String enable(PageCaller caller, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
		return act(redirect,
				() -> text(locale, "tokens.enabled", tokens.enable(ApiTokenId.of(id), caller.actor()).name()));
	}

	@PostMapping("/{id}/delete")
	String delete(PageCaller caller, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
		return act(redirect, () -> {
			String name = tokens.get(ApiTokenId.of(id), caller.actor()).name();
			tokens.delete(ApiTokenId.of(id), caller.actor());
			return text(locale, "tokens.deleted", name);
		});
	}

	/** An action that answers with a sentence; it throws the service's refusal. */
	interface Action {

		String run();

	}

	private String act(RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("message", action.run());
			redirect.addFlashAttribute("success", true);
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			redirect.addFlashAttribute("message", sentences.of(refused));
			redirect.addFlashAttribute("success", false);
		}
		return "redirect:" + PATH;
	}

	private String page(PageCaller caller, String name, Set<String> checked, @Nullable String error, Model model,
			Locale locale) {
		List<Module> catalogue = modules.all();
		Map<String, String> moduleNames = catalogue.stream().collect(Collectors.toMap(Module::id, Module::name));
		DateTimeFormatter day = DateTimeFormatter.ofPattern(text(locale, "format.date"), locale)
			.withZone(LocaleContextHolder.getTimeZone().toZoneId());
		Function<@Nullable Instant, @Nullable String> format = instant -> instant == null ? null : day.format(instant);
		List<TokenRow> rows = tokens.search(null, "limit=100&order=name", caller.actor())
			.data()
			.stream()
			.map(token -> new TokenRow(token,
					token.moduleIds().stream().sorted().map(id -> moduleNames.getOrDefault(id, id)).toList(),
					day.format(token.created().at()), format.apply(token.lastUsedAt())))
			.toList();
		model.addAttribute("tokens", rows);
		model.addAttribute("modules", catalogue);
		model.addAttribute("name", name);
		model.addAttribute("checked", checked);
		model.addAttribute("error", error);
		return "console/api-tokens";
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
