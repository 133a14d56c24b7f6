package dev.lobby.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what this is and where to go. */
@Controller
class HomeController {

	private final boolean mailbox;

	HomeController(MailboxLinkProperties mailbox) {
		this.mailbox = mailbox.enabled();
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("mailbox", mailbox);
		return "home";
	}

}
