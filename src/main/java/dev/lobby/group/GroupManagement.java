package dev.lobby.group;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountScope;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.GroupId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;
import dev.lobby.rql.QueryStrings;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;

/**
 * Creates, reads, changes and deletes groups with the rules of the specification. Every
 * method checks its caller: the actor must see the group's account (another account's
 * group is "not found") and hold Account Management.
 */
@Service
public class GroupManagement {

	public static final String DEFAULT_GROUP_NAME = "Administrators";

	private final Groups groups;

	private final Modules modules;

	private final GroupMemberships memberships;

	private final AccountScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GroupManagement(Groups groups, Modules modules, GroupMemberships memberships, AccountScope scope,
			ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.modules = modules;
		this.memberships = memberships;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	/** The fixed "Administrators" group every account gets when it is created. */
	@Transactional
	public Group createDefault(AccountId accountId, Actor actor) {
		String account = manageable(accountId, actor);
		return insert(account, DEFAULT_GROUP_NAME, "Administrators of the account: they manage its users and groups.",
				true, List.of(modules.byIds(Set.of(Actor.ACCOUNT_MANAGEMENT)).get(Actor.ACCOUNT_MANAGEMENT)), actor);
	}

	/**
	 * A group in the caller's account, or in another one it names and may see
	 * ({@code accountId}).
	 */
	@Transactional
	public Group create(@Nullable AccountId accountId, @Nullable String name, @Nullable String description,
			Collection<String> moduleIds, Actor actor) {
		String account = manageable(accountId, actor);
		String cleanName = Name.of(GroupRules.NAME, name).value();
		String cleanDescription = GroupRules.description(description);
		List<Module> granted = requireModules(moduleIds);
		requireFreeName(account, cleanName, null);
		return insert(account, cleanName, cleanDescription, false, granted, actor);
	}

	/**
	 * Replaces name, description and modules of a group the actor may see;
	 * {@code ifMatch} guards against overwriting someone else's change.
	 */
	@Transactional
	public Group update(GroupId groupId, @Nullable String name, @Nullable String description,
			Collection<String> moduleIds, IfMatch ifMatch, Actor actor) {
		Group before = get(groupId, ifMatch, actor);
		String accountId = before.accountId();
		String cleanName = Name.of(GroupRules.NAME, name).value();
		String cleanDescription = GroupRules.description(description);
		List<Module> granted = requireModules(moduleIds);
		Group after = before.edited(cleanName, cleanDescription, granted, Stamp.of(actor, Instant.now(clock)));
		requireFreeName(accountId, cleanName, before.id());
		groups.update(after);
		events.publishEvent(new GroupChanged(before, after, actor));
		return get(accountId, groupId);
	}

	/**
	 * Deletes a group nobody live is in. Ended memberships (removed, declined) that still
	 * name it are unlinked first; the audit record keeps which ones they were.
	 */
	@Transactional
	public void delete(GroupId groupId, IfMatch ifMatch, Actor actor) {
		Group group = get(groupId, ifMatch, actor);
		String accountId = group.accountId();
		GroupId found = GroupId.of(group.id());
		group.requireDeletable(memberships.liveMembers(found));
		List<String> unlinked = memberships.unlinkEnded(accountId, found);
		groups.delete(group);
		events.publishEvent(new GroupDeleted(group, unlinked, actor));
	}

	private Group get(GroupId groupId, IfMatch ifMatch, Actor actor) {
		Group group = get(groupId, actor);
		ifMatch.check(group.version(), Sentence.of("thing.group"), group.id());
		return group;
	}

	private List<Module> requireModules(@Nullable Collection<String> moduleIds) {
		return modules.requireKnown(moduleIds, Sentence.of("group.modules-missing"));
	}

	private void requireFreeName(String accountId, String name, @Nullable String exceptGroupId) {
		groups.named(accountId, name).filter(id -> !id.equals(exceptGroupId)).ifPresent(clash -> {
			throw new ActionRefused(Sentence.of("group.name-taken", name, clash));
		});
	}

	private Group insert(String accountId, String name, @Nullable String description, boolean isDefault,
			List<Module> grantedModules, Actor actor) {
		Stamp stamp = Stamp.of(actor, Instant.now(clock));
		Group group = new Group(RandomIds.drawUnused("UGR", 2, groups::idTaken), accountId, name, description,
				isDefault, List.copyOf(grantedModules), 1, stamp, stamp);
		groups.insert(group);
		events.publishEvent(new GroupCreated(group, actor));
		return group;
	}

	@Transactional(readOnly = true)
	public Group defaultGroup(AccountId accountId, Actor actor) {
		String account = manageable(accountId, actor);
		return groups.findDefault(account)
			.orElseThrow(() -> new IllegalStateException("Account " + account + " has no default group"));
	}

	/**
	 * A group of any account the actor may see (operators: every account); others are not
	 * found, like missing ones.
	 */
	@Transactional(readOnly = true)
	public Group get(GroupId groupId, Actor actor) {
		actor.requireAccountManagement();
		return groups.find(groupId.value())
			.filter(group -> actor.canSee(group.accountId()))
			.orElseThrow(groupId::notFound);
	}

	private Group get(String accountId, GroupId groupId) {
		return groups.find(accountId, groupId.value()).orElseThrow(groupId::notFound);
	}

	/**
	 * The groups a query string (as the request carries it, still percent-encoded) asks
	 * for: RQL over the fields
	 * {@code id name description isDefault modules.id audit.created.at audit.updated.at},
	 * of the caller's account or of the one its {@code account=ACC-…} names.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Group> search(@Nullable String rawQuery, Actor actor) {
		String accountId = manageable(AccountId.ofNullable(QueryStrings.value(rawQuery, "account")), actor);
		RqlQuery query = RqlQuery.parse(QueryStrings.without(rawQuery, "account"), GroupListFields.SCHEMA);
		return RqlPaging.page(query, () -> groups.page(accountId, query),
				bound -> groups.countUpTo(accountId, query, bound));
	}

	/**
	 * {@link #search} with how many live members each group has and, where the rules
	 * refuse it, why it may not be deleted ({@link Group#deletionRefusal}): what a page
	 * shows before anyone tries to delete.
	 */
	@Transactional(readOnly = true)
	public PageResponse<GroupInUse> searchInUse(@Nullable String rawQuery, Actor actor) {
		PageResponse<Group> page = search(rawQuery, actor);
		// One account's groups (search reads the groups of one).
		Map<String, Long> members = new HashMap<>();
		page.data()
			.stream()
			.collect(Collectors.groupingBy(Group::accountId, Collectors.mapping(Group::id, Collectors.toList())))
			.forEach((accountId, ids) -> members.putAll(memberships.liveMembers(accountId, ids)));
		return page.map(group -> {
			long live = members.getOrDefault(group.id(), 0L);
			return new GroupInUse(group, live, group.deletionRefusal(live).orElse(null));
		});
	}

	/**
	 * The groups with these ids in this account, refusing ids of other accounts (which,
	 * like unknown ids, are simply "not found" here). How many groups someone needs is
	 * the caller's rule (a member needs one: {@code membership.AccountUser}).
	 */
	@Transactional(readOnly = true)
	public List<Group> requireGroups(AccountId accountId, Collection<String> groupIds, Actor actor) {
		String account = manageable(accountId, actor);
		Set<String> ids = new LinkedHashSet<>(groupIds);
		List<Group> found = groups.findAll(account, ids);
		if (found.size() != ids.size()) {
			Set<String> missing = new LinkedHashSet<>(ids);
			found.forEach(group -> missing.remove(group.id()));
			throw new InvalidInput("groups", Sentence.of("group.unknown", String.join(", ", missing)));
		}
		return found;
	}

	/**
	 * The account to act on, once the actor has shown it holds Account Management and may
	 * see it.
	 */
	private String manageable(@Nullable AccountId accountId, Actor actor) {
		actor.requireAccountManagement();
		return scope.accountFor(accountId, actor).value();
	}

}
