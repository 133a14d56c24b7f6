package dev.lobby.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: who is signed in (the navigation), and whether the
 * embedded mailbox exists (a link in the header, with how many emails it caught).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final boolean mailbox;

	private final ObjectProvider<CaughtEmailCount> caught;

	LayoutAdvice(MailboxLinkProperties mailbox, ObjectProvider<CaughtEmailCount> caught) {
		this.mailbox = mailbox.enabled();
		this.caught = caught;
	}

	@ModelAttribute("caller")
	@Nullable PageCaller caller(HttpServletRequest request) {
		return PageCallerFilter.of(request);
	}

	@ModelAttribute("mailbox")
	boolean mailbox() {
		return mailbox;
	}

	/** How many emails the mailbox holds (the header shows it); null without one. */
	@ModelAttribute("mailboxCount")
	@Nullable Integer mailboxCount() {
		CaughtEmailCount count = mailbox ? caught.getIfAvailable() : null;
		return count == null ? null : count.caught();
	}

}
