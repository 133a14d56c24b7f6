package dev.lobby.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.membership.AcceptCommand;
import dev.lobby.membership.InvitationAnswers;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;

/** The invitee's answer over the API; the code in the path is the credential. */
@Tag(name = "Invitations")
@RestController
class InvitationApiController {

	private final InvitationAnswers answers;

	private final MemberDetailsAssembler details;

	InvitationApiController(InvitationAnswers answers, MemberDetailsAssembler details) {
		this.answers = answers;
		this.details = details;
	}

	@RequestExample("""
			{"firstName": "Sam", "lastName": "Smith", "password": "Str0ng!Pass"}""")
	@ApiErrors(also = { @ApiErrors.Error(status = "403",
			description = "Accepting with an existing login needs the link from the invitation email, not a copied one."),
			@ApiErrors.Error(status = "429",
					description = "Too many wrong passwords for this user or from this address; `Retry-After` says when to try again.") })
	@PostMapping("/public/v1/invitations/{code}/accept")
	@Operation(operationId = "acceptInvitation",
			summary = "Accept an invitation (new user: names and password; existing user: password)")
	AccountUserJson accept(@PathVariable String code, @RequestBody @Nullable AcceptCommand command) {
		AcceptCommand given = command == null ? new AcceptCommand(null, null, null) : command;
		return AccountUserJson.of(details.details(answers.accept(code, given)));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/public/v1/invitations/{code}/decline")
	@Operation(operationId = "declineInvitation", summary = "Decline an invitation (the inviter is told)")
	ResponseEntity<Void> decline(@PathVariable String code) {
		answers.decline(code);
		return ResponseEntity.noContent().build();
	}

}
