package dev.lobby.platform;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;

/**
 * Example request bodies for the OpenAPI description, one per operation that takes a
 * body.
 */
final class OpenApiExamples {

	private static final List<Map<String, String>> ADMINISTRATORS = List.of(Map.of("id", "UGR-2741-6679"));

	static final Map<String, Object> REQUESTS = Map.of("post /public/v1/accounts/accounts/{accountId}/users",
			Map.of("user", Map.of("email", "sam.smith@example.com", "firstName", "Sam", "lastName", "Smith"), "groups",
					ADMINISTRATORS),
			"put /public/v1/accounts/accounts/{accountId}/users/{accountUserId}/groups",
			List.of(Map.of("id", "UGR-2741-6679"), Map.of("id", "UGR-5521-0934")),
			"post /public/v1/accounts/user-groups",
			Map.of("name", "Billing team", "description", "Pays the invoices", "modules",
					List.of(Map.of("id", "MOD-1003"))),
			"put /public/v1/accounts/user-groups/{groupId}",
			Map.of("name", "Billing and support", "description", "Pays the invoices, answers customers", "modules",
					List.of(Map.of("id", "MOD-1003"), Map.of("id", "MOD-1005"))),
			"post /public/v1/accounts/api-tokens",
			Map.of("name", "Provisioning script", "modules", List.of(Map.of("id", "MOD-1001"))),
			"post /public/v1/accounts/accounts",
			Map.of("name", "Initech", "administrator",
					Map.of("email", "bill.lumbergh@initech.example", "firstName", "Bill", "lastName", "Lumbergh")),
			"post /public/v1/invitations/{code}/accept",
			Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass"),
			"post /public/v1/password-resets", Map.of("email", "sam.smith@example.com"),
			"post /public/v1/password-resets/{token}", Map.of("password", "N3w!Passw0rd"));

	private OpenApiExamples() {
	}

	static void addRequestExample(String operationKey, Operation operation) {
		Object example = REQUESTS.get(operationKey);
		if (example != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			operation.getRequestBody().getContent().values().forEach(mediaType -> mediaType.setExample(example));
		}
	}

}
