package dev.lobby.group.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.GroupId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;
import dev.lobby.web.RqlQueryString;

/**
 * The caller's account's user groups (an operator's token: any account's), and the module
 * catalogue they are built from.
 */
@Tag(name = "Groups")
@RestController
class GroupsController {

	private final GroupManagement groups;

	private final Modules modules;

	GroupsController(GroupManagement groups, Modules modules) {
		this.groups = groups;
		this.modules = modules;
	}

	record ModuleRef(String id, String name) {
	}

	record GroupJson(String id, String href, String name, @Nullable String description, boolean isDefault,
			List<ModuleRef> modules, Instant createdAt, Instant updatedAt) {

		static GroupJson of(Group group) {
			return new GroupJson(group.id(), "/public/v1/accounts/user-groups/" + group.id(), group.name(),
					group.description(), group.isDefault(),
					group.modules().stream().map(m -> new ModuleRef(m.id(), m.name())).toList(), group.created().at(),
					group.updated().at());
		}
	}

	record ModuleId(@Nullable String id) {
	}

	/** The body of create and replace. */
	record GroupForm(@Nullable String name, @Nullable String description, @Nullable List<ModuleId> modules) {

		List<String> moduleIds() {
			return modules == null ? List.of()
					: modules.stream().filter(Objects::nonNull).map(ModuleId::id).filter(Objects::nonNull).toList();
		}
	}

	@GetMapping("/public/v1/accounts/modules")
	@Operation(operationId = "listModules", summary = "List the module catalogue")
	@ApiErrors(never = "403") // the catalogue is the same for every token
	List<Module> modules() {
		return modules.all();
	}

	/**
	 * The list, filtered and sorted with RQL
	 * ({@code ?ilike(name,*buy*)&order=-audit.created.at&limit=25}); an operator's token
	 * may name another account with {@code account=ACC-…}.
	 */
	@RqlQueryString(example = "ilike(name,*buy*)&eq(modules.id,MOD-1003)&order=-audit.created.at&limit=25",
			order = "-isDefault,+name")
	@GetMapping("/public/v1/accounts/user-groups")
	@Operation(operationId = "listGroups", summary = "List the account's groups (RQL)")
	@Parameter(name = "account", in = ParameterIn.QUERY, description = ACCOUNT,
			schema = @Schema(type = "string", example = "ACC-5299-6773"))
	PageResponse<GroupJson> list(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
		return groups.search(request.getQueryString(), actor).map(GroupJson::of);
	}

	static final String ACCOUNT = "Operator tokens only: the account to act on (default: the token's own)";

	@GetMapping("/public/v1/accounts/user-groups/{groupId}")
	@Operation(operationId = "getGroup", summary = "Read one group")
	ResponseEntity<GroupJson> get(@AuthenticationPrincipal Actor actor, @PathVariable String groupId) {
		return tagged(ResponseEntity.ok(), groups.get(GroupId.of(groupId), actor));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@RequestExample("""
			{"name": "Billing team", "description": "Pays the invoices", "modules": [{"id": "MOD-1003"}]}""")
	@PostMapping("/public/v1/accounts/user-groups")
	@Operation(operationId = "createGroup", summary = "Create a group")
	ResponseEntity<GroupJson> create(@AuthenticationPrincipal Actor actor,
			@Parameter(description = ACCOUNT) @RequestParam(required = false) @Nullable String account,
			@RequestBody GroupForm form) {
		Group group = groups.create(AccountId.ofNullable(account), form.name(), form.description(), form.moduleIds(),
				actor);
		return tagged(ResponseEntity.created(URI.create(GroupJson.of(group).href())), group);
	}

	/**
	 * Replaces name, description and modules; with {@code If-Match}, only the version the
	 * caller read.
	 */
	@RequestExample("""
			{"name": "Billing and support", "description": "Pays the invoices, answers customers",
			 "modules": [{"id": "MOD-1003"}, {"id": "MOD-1005"}]}""")
	@PutMapping("/public/v1/accounts/user-groups/{groupId}")
	@Operation(operationId = "replaceGroup", summary = "Replace a group's name, description and modules")
	ResponseEntity<GroupJson> replace(@AuthenticationPrincipal Actor actor, @PathVariable String groupId,
			IfMatch ifMatch, @RequestBody GroupForm form) {
		return tagged(ResponseEntity.ok(),
				groups.update(GroupId.of(groupId), form.name(), form.description(), form.moduleIds(), ifMatch, actor));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/public/v1/accounts/user-groups/{groupId}")
	@Operation(operationId = "deleteGroup", summary = "Delete a group nobody is in")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable String groupId, IfMatch ifMatch) {
		groups.delete(GroupId.of(groupId), ifMatch, actor);
		return ResponseEntity.noContent().build();
	}

	/** The group with its version as ETag, for a later If-Match. */
	private static ResponseEntity<GroupJson> tagged(ResponseEntity.BodyBuilder response, Group group) {
		return response.eTag(IfMatch.etag(group.version())).body(GroupJson.of(group));
	}

}
