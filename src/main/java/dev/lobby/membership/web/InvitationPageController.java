package dev.lobby.membership.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import dev.lobby.membership.InvitationAnswers;
import dev.lobby.membership.InvitationView;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageSessions;

/**
 * The page behind an invitation link. Opening it changes nothing (mail scanners open
 * links); each unusable state gets its own page saying what happened and what to do next.
 * Accept leads to the registration and sign-in forms
 * ({@link InvitationAcceptController}), Decline to its confirmation
 * ({@link InvitationDeclineController}).
 */
@Controller
class InvitationPageController {

	static final String INVITATION = "invitations/invitation";

	private final InvitationAnswers answers;

	private final InvitationPages pages;

	private final PageSessions sessions;

	InvitationPageController(InvitationAnswers answers, InvitationPages pages, PageSessions sessions) {
		this.answers = answers;
		this.pages = pages;
		this.sessions = sessions;
	}

	@GetMapping("/invitations/{code}")
	String show(@PathVariable String code, @Nullable PageCaller caller, Model model, HttpServletResponse response,
			Locale locale) {
		InvitationView view = answers.view(code);
		String instead = pages.instead(view, code, caller, model, response, locale);
		return instead != null ? instead : INVITATION;
	}

	/**
	 * "Sign out and continue": a browser signed in as someone else becomes a visitor's
	 * and opens the invitation again; nothing of the invitation is touched.
	 */
	@PostMapping("/invitations/{code}/sign-out")
	View signOut(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
		sessions.signOut(request, response);
		RedirectView invitation = new RedirectView("/invitations/{code}", true);
		return invitation;
	}

}
