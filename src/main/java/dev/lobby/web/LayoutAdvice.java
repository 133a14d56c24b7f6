package dev.lobby.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: who is signed in (the navigation), and whether the
 * embedded mailbox exists (a link in the header).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final boolean mailbox;

	LayoutAdvice(MailboxLinkProperties mailbox) {
		this.mailbox = mailbox.enabled();
	}

	@ModelAttribute("caller")
	@Nullable PageCaller caller(HttpServletRequest request) {
		return PageCallerFilter.of(request);
	}

	@ModelAttribute("mailbox")
	boolean mailbox() {
		return mailbox;
	}

}
