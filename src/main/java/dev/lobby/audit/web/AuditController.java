package dev.lobby.audit.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.platform.Actor;
import dev.lobby.platform.RqlQueryString;
import dev.lobby.platform.PageResponse;

/** The token's account's audit trail: newest first, filtered and sorted with RQL; and one record by id. */
@Tag(name = "Audit trail")
@RestController
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@RqlQueryString(example = "eq(object.type,AccountUser)&ge(occurredAt,2026-11-01T00:00:00Z)&limit=25",
			order = "-occurredAt,+eventKey")
	@GetMapping("/public/v1/audit/records")
	@Operation(summary = "List the account's audit records (RQL)")
	PageResponse<AuditRecord> records(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
		actor.requireAccountManagement();
		return audit.page(actor.accountId(), audit.query(request.getQueryString()));
	}

	@GetMapping("/public/v1/audit/records/{recordId}")
	@Operation(summary = "Read one audit record")
	AuditRecord record(@AuthenticationPrincipal Actor actor, @PathVariable String recordId) {
		actor.requireAccountManagement();
		return audit.get(actor.accountId(), recordId);
	}
}
