package dev.lobby.membership.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.lobby.membership.InvitationView;
import dev.lobby.membership.LinkState;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageDates;

/**
 * What every page of an invitation link shares: the summary of the invitation, the page
 * of a link that no longer works, and the page for a browser signed in as someone else.
 * Whoever holds the link sees the same pages whether or not its address has a login.
 */
@Component
class InvitationPages {

	static final String LINK_PROBLEM = "invitations/link-problem";

	static final String SOMEONE_ELSE = "invitations/someone-else";

	private final MessageSource messages;

	private final PageDates dates;

	InvitationPages(MessageSource messages, PageDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The page to show instead of the one asked for, or null when the link can be
	 * answered from this browser: a link that no longer works gets its own page (410, or
	 * 404 for an unknown one); a browser signed in as another person is asked to sign out
	 * first, and nothing is consumed.
	 */
	@Nullable String instead(InvitationView view, String code, @Nullable PageCaller caller, Model model,
			HttpServletResponse response, Locale locale) {
		if (!view.usable()) {
			return problem(view.state(), model, response);
		}
		summary(view, code, model, locale);
		if (caller != null && view.inviteeEmail() != null && !caller.email().equalsIgnoreCase(view.inviteeEmail())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return SOMEONE_ELSE;
		}
		return null;
	}

	/** The page of a link in this state (never {@code USABLE}). */
	String problem(LinkState state, Model model, HttpServletResponse response) {
		model.addAttribute("state", state.name());
		response.setStatus(state == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		return LINK_PROBLEM;
	}

	/** What the invitation pages show of a usable invitation. */
	void summary(InvitationView view, String code, Model model, Locale locale) {
		model.addAttribute("invitation", view);
		model.addAttribute("code", code);
		// An invitation an API token sent comes from the account itself: "Acme invited
		// you"
		// reads the same in every language.
		model.addAttribute("inviter", view.inviterName() != null ? view.inviterName() : view.accountName());
		model.addAttribute("expires", dates.moment(view.expiresAt(), locale));
	}

	String text(Locale locale, String key, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
