package dev.lobby.user.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.platform.EmailAddress;
import dev.lobby.user.PasswordResets;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;

/** "Forgot password" over the API; the emailed token in the path is the credential. */
@Tag(name = "Password resets")
@SecurityRequirements
@RestController
class PasswordResetApiController {

	private final PasswordResets resets;

	PasswordResetApiController(PasswordResets resets) {
		this.resets = resets;
	}

	/**
	 * @param email the address of the login
	 */
	@RequestExample("""
			{"email": "sam.smith@example.com"}""")
	record ResetRequest(@Nullable String email) {
	}

	/**
	 * @param password the new password; names are optional and replace the login's when
	 * given
	 */
	@RequestExample("""
			{"password": "N3w!Passw0rd"}""")
	record NewPassword(@Nullable String password, @Nullable String firstName, @Nullable String lastName) {
	}

	/** The answer is the same whether or not the address has a login. */
	record Accepted(String detail) {
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	// Nothing about a login's state refuses the request: that would tell whether it
	// exists.
	@ApiErrors(never = "409")
	@PostMapping("/public/v1/password-resets")
	@Operation(operationId = "requestPasswordReset",
			summary = "Email a one-time password reset link (the same answer whether or not the address has a login)")
	ResponseEntity<Accepted> request(@RequestBody @Nullable ResetRequest request) {
		resets.request(EmailAddress.of(request == null ? null : request.email()));
		return ResponseEntity.accepted()
			.body(new Accepted(
					"If this address has a Lobby login, an email with a link to choose a new password is on its way."));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/public/v1/password-resets/{token}")
	@Operation(operationId = "resetPassword",
			summary = "Set a new password with the emailed reset token (works once, for an hour)")
	ResponseEntity<Void> complete(@PathVariable String token, @RequestBody @Nullable NewPassword body) {
		NewPassword given = body == null ? new NewPassword(null, null, null) : body;
		resets.complete(token, given.password(), given.firstName(), given.lastName());
		return ResponseEntity.noContent().build();
	}

}
