package dev.lobby.membership.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lobby.membership.InvitationAnswers;
import dev.lobby.membership.InvitationView;
import dev.lobby.membership.LinkState;

/**
 * The page behind an invitation link. Opening it changes nothing (mail scanners open
 * links); each unusable state gets its own page saying what happened and what to do next.
 */
@Controller
class InvitationPageController {

	private final InvitationAnswers answers;

	InvitationPageController(InvitationAnswers answers) {
		this.answers = answers;
	}

	@GetMapping("/invitations/{code}")
	String show(@PathVariable String code, Model model, HttpServletResponse response) {
		InvitationView view = answers.view(code);
		model.addAttribute("invitation", view);
		if (view.state() == LinkState.USABLE) {
			return "invitations/invitation";
		}
		response.setStatus(view.state() == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		return "invitations/link-problem";
	}

}
