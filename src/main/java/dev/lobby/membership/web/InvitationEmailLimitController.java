package dev.lobby.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.membership.InvitationEmailLimit;
import dev.lobby.membership.InvitationEmailLimits;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;

/**
 * An account's limit of invitation emails per hour: its administrators read it, the
 * operator sets it.
 */
@Tag(name = "Accounts")
@RestController
class InvitationEmailLimitController {

	static final String PATH = "/public/v1/accounts/accounts/{accountId}/invitation-email-limit";

	private final InvitationEmailLimits limits;

	InvitationEmailLimitController(InvitationEmailLimits limits) {
		this.limits = limits;
	}

	record InvitationEmailLimitJson(String href,
			@Schema(description = "Invitation emails (invite, resend, send new) the account may send in any hour",
					example = "2000") int perHour,
			@Schema(description = "Whether that is the configured default (the operator set no limit of this"
					+ " account's own)") boolean isDefault,
			@Schema(description = "The invitation emails the last hour counts (an email counts for the rest of its"
					+ " minute and the full hour after it)", example = "12") int sentInTheLastHour) {

		static InvitationEmailLimitJson of(InvitationEmailLimit limit) {
			return new InvitationEmailLimitJson(PATH.replace("{accountId}", limit.accountId()), limit.perHour(),
					limit.isDefault(), limit.sentInTheLastHour());
		}
	}

	/** The body of a change: the account's own limit, or null for the default. */
	@RequestExample("""
			{"perHour": 5000}""")
	record InvitationEmailLimitForm(@Schema(description = "1 to 1000000; null: the configured default applies",
			example = "5000", minimum = "1", maximum = "1000000") @Nullable Integer perHour) {
	}

	@GetMapping(PATH)
	@Operation(operationId = "getInvitationEmailLimit",
			summary = "Read the account's limit of invitation emails per hour, and what the last hour used of it")
	InvitationEmailLimitJson get(@AuthenticationPrincipal Actor actor, @PathVariable String accountId) {
		return InvitationEmailLimitJson.of(limits.get(AccountId.of(accountId), actor));
	}

	@ApiErrors(never = "409",
			also = @ApiErrors.Error(status = "403",
					description = "The token lacks Account Management, or is not an operator's token."))
	@PutMapping(PATH)
	@Operation(operationId = "setInvitationEmailLimit",
			summary = "Set the account's limit of invitation emails per hour, or the default again (operator tokens"
					+ " only)")
	InvitationEmailLimitJson set(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@RequestBody InvitationEmailLimitForm form) {
		return InvitationEmailLimitJson.of(limits.set(AccountId.of(accountId), form.perHour(), actor));
	}

}
