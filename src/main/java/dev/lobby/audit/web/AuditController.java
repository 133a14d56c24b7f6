package dev.lobby.audit.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.platform.Actor;
import dev.lobby.platform.AuditRecordId;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.RqlQueryString;

/**
 * The token's account's audit trail (an operator's token: any account's), newest first,
 * filtered and sorted with RQL; and one record by id.
 */
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
	@Operation(operationId = "listAuditRecords", summary = "List the account's audit records (RQL)")
	@Parameter(name = "account", in = ParameterIn.QUERY, schema = @Schema(type = "string", example = "ACC-5299-6773"),
			description = "Operator tokens only: the account whose trail to read (default: the token's own)")
	PageResponse<AuditRecord> records(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
		return audit.search(request.getQueryString(), actor);
	}

	@GetMapping("/public/v1/audit/records/{recordId}")
	@Operation(operationId = "getAuditRecord", summary = "Read one audit record")
	AuditRecord record(@AuthenticationPrincipal Actor actor, @PathVariable String recordId) {
		return audit.get(AuditRecordId.of(recordId), actor);
	}

}
