package dev.lobby.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageRequest;
import dev.lobby.platform.PageResponse;

/** The account's audit trail, newest first. */
@RestController
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/public/v1/audit/records")
	PageResponse<AuditRecord> records(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer offset,
			@RequestParam(required = false) Integer limit) {
		actor.requireAccountManagement();
		return audit.page(actor.accountId(), PageRequest.of(offset, limit));
	}
}
