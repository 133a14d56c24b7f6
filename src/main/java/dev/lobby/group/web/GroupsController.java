package dev.lobby.group.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageRequest;
import dev.lobby.platform.PageResponse;

/** The caller's account's user groups, and the module catalogue they are built from. */
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

	record CreateGroup(@Nullable String name, @Nullable String description, @Nullable List<ModuleId> modules) {
	}

	@GetMapping("/public/v1/accounts/modules")
	List<Module> modules() {
		return modules.all();
	}

	@GetMapping("/public/v1/accounts/user-groups")
	PageResponse<GroupJson> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer offset,
			@RequestParam(required = false) Integer limit) {
		actor.requireAccountManagement();
		return groups.page(actor.accountId(), PageRequest.of(offset, limit)).map(GroupJson::of);
	}

	@GetMapping("/public/v1/accounts/user-groups/{groupId}")
	GroupJson get(@AuthenticationPrincipal Actor actor, @PathVariable String groupId) {
		actor.requireAccountManagement();
		return GroupJson.of(groups.get(actor.accountId(), groupId));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/public/v1/accounts/user-groups")
	ResponseEntity<GroupJson> create(@AuthenticationPrincipal Actor actor, @RequestBody CreateGroup request) {
		actor.requireAccountManagement();
		List<String> moduleIds = request.modules() == null ? List.of()
				: request.modules().stream().filter(Objects::nonNull).map(ModuleId::id).filter(Objects::nonNull).toList();
		GroupJson body = GroupJson.of(groups.create(actor.accountId(), request.name(), request.description(), moduleIds, actor));
		return ResponseEntity.created(URI.create(body.href())).body(body);
	}
}
