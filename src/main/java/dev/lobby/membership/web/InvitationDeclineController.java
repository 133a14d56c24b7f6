package dev.lobby.membership.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lobby.membership.InvitationAnswers;
import dev.lobby.membership.InvitationView;
import dev.lobby.membership.LinkState;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.NotFound;
import dev.lobby.web.PageCaller;

/**
 * Declining an invitation: a confirmation first, then a page saying the inviter was told
 * ({@link InvitationAnswers#decline}, the REST API's decline, emails them). The done page
 * is the answer of the POST itself: a visitor has no session to carry a message across a
 * redirect, and the link no longer shows the invitation's names once it was declined.
 */
@Controller
class InvitationDeclineController {

	static final String CONFIRM = "invitations/decline";

	static final String DECLINED = "invitations/declined";

	private final InvitationAnswers answers;

	private final InvitationPages pages;

	InvitationDeclineController(InvitationAnswers answers, InvitationPages pages) {
		this.answers = answers;
		this.pages = pages;
	}

	@GetMapping("/invitations/{code}/decline")
	String initDecline(@PathVariable String code, @Nullable PageCaller caller, Model model,
			HttpServletResponse response, Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		return instead != null ? instead : CONFIRM;
	}

	@PostMapping("/invitations/{code}/decline")
	String processDecline(@PathVariable String code, @Nullable PageCaller caller, Model model,
			HttpServletResponse response, Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		if (instead != null) {
			return instead;
		}
		try {
			answers.decline(code);
		}
		catch (ActionRefused | NotFound refused) {
			// Answered meanwhile (accepted, declined, replaced): the link's page says
			// how.
			InvitationView now = answers.view(code);
			return now.usable() ? pages.problem(LinkState.UNKNOWN, model, response)
					: pages.problem(now.state(), model, response);
		}
		return DECLINED;
	}

}
