package dev.lobby.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lobby.account.AccountManagement;
import dev.lobby.web.PageCaller;

/**
 * Settings of the account the person acts in: only for members of a group with Account
 * Management (others get the 403 page).
 */
@Controller
class SettingsController {

	private final AccountManagement accounts;

	SettingsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/settings")
	String settings(PageCaller caller, Model model) {
		caller.actor().requireAccountManagement();
		model.addAttribute("account", accounts.get(caller.accountId(), caller.actor()));
		return "console/settings";
	}

}
