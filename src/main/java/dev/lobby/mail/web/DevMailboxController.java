package dev.lobby.mail.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.mail.EmbeddedMailServer;

/**
 * The inbox of the embedded mail catcher. It exists only with the catcher: in production
 * these routes are absent (404), since every caught email holds a live invitation link.
 */
@Controller
@RequestMapping("/dev/mailbox")
@ConditionalOnBooleanProperty("lobby.mail.embedded.enabled")
class DevMailboxController {

	// The HTML of an email is foreign content: no scripts, no requests, not even
	// same-origin.
	private static final String EMAIL_HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

	private final EmbeddedMailServer mailServer;

	DevMailboxController(EmbeddedMailServer mailServer) {
		this.mailServer = mailServer;
	}

	@GetMapping
	String mailbox(Model model) {
		model.addAttribute("messages", mailServer.messages());
		return "dev/mailbox";
	}

	@GetMapping(path = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<CaughtEmail> messages() {
		return mailServer.messages();
	}

	@GetMapping("/messages/{id}/html")
	ResponseEntity<String> html(@PathVariable String id) {
		return mailServer.message(id)
			.filter(message -> message.html() != null)
			.map(message -> ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.header("Content-Security-Policy", EMAIL_HTML_POLICY)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(message.html()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
