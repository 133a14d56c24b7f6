package dev.lobby.membership.web;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lobby.membership.LinkState;

/**
 * A link with anything after its code ({@code /invitations/{code}/}, {@code …/x}) is not
 * one Lobby sent: it gets the unknown-link page with 404, like a wrong code, rather than
 * falling through to "no mapping" handling (whose warning would name the path, see
 * platform.RedactingLogFilter).
 */
@Hidden
@Controller
class InvitationLinkTailController {

	@GetMapping("/invitations/{code}/**")
	String unknown(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("state", LinkState.UNKNOWN.name());
		return "invitations/link-problem";
	}

}
