package dev.lobby.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lobby.account.AccountManagement;
import dev.lobby.platform.NotPermitted;
import dev.lobby.web.PageCaller;

/**
 * The operator's list of every account. Other people get the 403 page: their own account
 * is their home.
 */
@Controller
class AccountsPageController {

	static final int PAGE_SIZE = 25;

	private final AccountManagement accounts;

	AccountsPageController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/accounts")
	String accounts(PageCaller caller, @RequestParam(defaultValue = "0") int page, Model model) {
		if (!caller.operator()) {
			throw new NotPermitted("Only administrators of the Operations account see every account.");
		}
		caller.actor().requireAccountManagement();
		long offset = Math.max(0L, page) * PAGE_SIZE;
		model.addAttribute("accounts",
				accounts.search("order=name,id&limit=" + PAGE_SIZE + "&offset=" + offset, caller.actor()));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", PAGE_SIZE);
		return "console/accounts";
	}

}
