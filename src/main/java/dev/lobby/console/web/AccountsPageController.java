package dev.lobby.console.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lobby.account.AccountManagement;
import dev.lobby.onboarding.AccountOnboarding;
import dev.lobby.onboarding.AccountOnboarding.Administrator;
import dev.lobby.onboarding.AccountOnboarding.Onboarded;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.NotPermitted;
import dev.lobby.platform.Sentence;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSentences;

/**
 * The operator's Accounts: every account, each one's Settings a click away (the operator
 * then acts in it as themselves), and a new client account with the invitation of its
 * first administrator ({@link AccountOnboarding}, as
 * {@code POST /public/v1/accounts/accounts} does). Other people get the 403 page: their
 * own account is their home.
 */
@Controller
class AccountsPageController {

	static final int PAGE_SIZE = 25;

	static final String PAGE = "console/accounts";

	private final AccountManagement accounts;

	private final AccountOnboarding onboarding;

	private final MessageSource messages;

	private final PageSentences sentences;

	AccountsPageController(AccountManagement accounts, AccountOnboarding onboarding, MessageSource messages,
			PageSentences sentences) {
		this.sentences = sentences;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.messages = messages;
	}

	/** The new account's form, as typed. */
	record NewAccountForm(@Nullable String name, @Nullable String email, @Nullable String firstName,
			@Nullable String lastName) {

		static NewAccountForm empty() {
			return new NewAccountForm(null, null, null, null);
		}
	}

	@GetMapping("/accounts")
	String accounts(PageCaller caller, @RequestParam(defaultValue = "0") int page, Model model) {
		requireOperator(caller);
		return page(caller, page, NewAccountForm.empty(), Map.of(), model);
	}

	@PostMapping("/accounts")
	String create(PageCaller caller, @ModelAttribute NewAccountForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		requireOperator(caller);
		try {
			Onboarded created = onboarding.onboard(form.name(),
					new Administrator(form.email(), form.firstName(), form.lastName()), caller.actor());
			redirect.addFlashAttribute("message",
					messages.getMessage("accounts.created",
							new Object[] { created.account().name(), created.administrator().person().fullName(),
									created.administrator().person().email().value() },
							locale));
			return "redirect:/accounts";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(caller, 0, form, sentences.errors(invalid), model);
		}
	}

	private String page(PageCaller caller, int page, NewAccountForm form, Map<String, List<String>> errors,
			Model model) {
		long offset = Math.max(0L, page) * PAGE_SIZE;
		model.addAttribute("accounts",
				accounts.search("order=name,id&limit=" + PAGE_SIZE + "&offset=" + offset, caller.actor()));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return PAGE;
	}

	private static void requireOperator(PageCaller caller) {
		if (!caller.operator()) {
			throw new NotPermitted(Sentence.of("account.list-needs-operator"));
		}
		caller.actor().requireAccountManagement();
	}

}
