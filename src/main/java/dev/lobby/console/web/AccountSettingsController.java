package dev.lobby.console.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;

/**
 * Settings › Account: the account's name and the language of the emails to its people
 * ({@link AccountManagement#changeSettings}, audited).
 */
@Controller
@RequestMapping(AccountSettingsController.PATH)
class AccountSettingsController {

	static final String PATH = "/settings/account";

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final PageSentences sentences;

	AccountSettingsController(AccountManagement accounts, MessageSource messages, PageSentences sentences) {
		this.sentences = sentences;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** What the form posts. */
	record AccountForm(@Nullable String name, @Nullable String locale) {
	}

	@GetMapping
	String initEdit(PageCaller caller, Model model) {
		caller.actor().requireAccountManagement();
		Account account = accounts.get(caller.accountId(), caller.actor());
		return form(account, new AccountForm(account.name(), account.locale().toLanguageTag()), null, model);
	}

	@PostMapping
	String processEdit(PageCaller caller, @ModelAttribute AccountForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			Account account = accounts.changeSettings(caller.accountId(), form.name(), form.locale(), caller.actor());
			redirect.addFlashAttribute("message",
					messages.getMessage("account.saved", new Object[] { account.name() }, locale));
			redirect.addFlashAttribute("success", true);
			return "redirect:" + PATH;
		}
		catch (NotPermitted refused) {
			throw refused;
		}
		catch (LobbyException refused) {
			response.setStatus(RefusedForms.status(refused));
			return form(accounts.get(caller.accountId(), caller.actor()), form, sentences.of(refused), model);
		}
	}

	private static String form(Account account, AccountForm form, @Nullable String error, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("languages", AccountManagement.LANGUAGES.stream().map(Locale::toLanguageTag).toList());
		model.addAttribute("error", error);
		return "console/account-settings";
	}

}
