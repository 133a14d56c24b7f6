package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.account.AccountCreated;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.PageResponse;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.RqlSelect;
import dev.lobby.user.User;

/**
 * Managing members once invited: read, remove, block, unblock and change groups. Every
 * method checks its caller ({@link MemberAccess}): it must see the account and hold
 * Account Management. Each change publishes its event (e.g. {@link MemberRemoved}), which
 * the audit trail records and {@link MembershipEmails} may turn into an email.
 */
@Service
public class MembershipManagement {

	private final MemberAccess access;

	private final AccountUsers members;

	private final MemberCounts counts;

	private final GroupManagement groups;

	private final ApplicationEventPublisher events;

	private final AccountUserListFields fields;

	private final PlansForTheseValues plans;

	private final Clock clock;

	MembershipManagement(MemberAccess access, AccountUsers members, MemberCounts counts, GroupManagement groups,
			ApplicationEventPublisher events, AccountUserListFields fields, PlansForTheseValues plans, Clock clock) {
		this.fields = fields;
		this.plans = plans;
		this.access = access;
		this.members = members;
		this.counts = counts;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Makes a user an active member without an invitation: the first administrator of a
	 * new installation.
	 */
	@Transactional
	public AccountUser enrolFounder(AccountId accountId, User user, Set<String> groupIds, Actor actor) {
		Account account = access.account(accountId, actor);
		Person person = Person.of(user);
		AccountUser member = members.insertWithUnusedId(
				id -> AccountUser.founder(id, account.id(), person, groupIds, actor, Instant.now(clock)));
		events.publishEvent(
				new MemberEnrolled(account.id(), member.id(), person, groupIds.stream().sorted().toList(), actor));
		return member;
	}

	/** A new account keeps the number of its members from the start: none. */
	@EventListener
	void on(AccountCreated created) {
		counts.start(created.account().id());
	}

	@Transactional(readOnly = true)
	public AccountUser get(AccountId accountId, AccountUserId accountUserId, Actor actor) {
		return access.member(access.account(accountId, actor), accountUserId);
	}

	/**
	 * The account's members that a query string (still percent-encoded) asks for: RQL
	 * over the member fields ({@link AccountUserListFields}), refused with a 400 naming
	 * the part at fault; see {@link RqlPaging} for how the total is counted. The page
	 * comes with the query's {@code select}: which optional parts of each member to leave
	 * out.
	 */
	@Transactional(readOnly = true)
	public MemberPage search(AccountId accountId, @Nullable String rawQuery, Actor actor) {
		RqlQuery query = fields.parse(rawQuery == null ? "" : rawQuery);
		Account account = access.account(accountId, actor);
		if (!query.filtersNothing() && !AccountUsers.writtenOutWhole(account.id(), query)) {
			// A search's best plan depends on its words (see PlansForTheseValues).
			plans.inThisTransaction();
		}
		Supplier<List<AccountUser>> rows = () -> members.page(account.id(), query, fields);
		Optional<LongSupplier> keptTotal = keptTotal(account.id(), query);
		PageResponse<AccountUser> page = keptTotal.isPresent() ? RqlPaging.page(query, rows, keptTotal.get())
				: RqlPaging.page(query, rows, bound -> members.countUpTo(account.id(), query, bound));
		return new MemberPage(page, query.select(), account);
	}

	/**
	 * The list's total when it is a number kept with every change: unfiltered, the
	 * account's live members; filtered on status alone, its members in the statuses the
	 * filter matches ({@link AccountUserListFields#statuses}), pending and expired
	 * invitations told apart by the clock
	 * ({@link MemberCounts#members(String, Set, Instant)}); filtered on one group, alone
	 * or and-ed with a filter on status that does not tell pending invitations from
	 * expired ones, the group's members in those statuses (its live members when no
	 * status is named).
	 */
	private Optional<LongSupplier> keptTotal(String accountId, RqlQuery query) {
		if (query.filtersNothing()) {
			return Optional.of(() -> counts.live(accountId));
		}
		Optional<RqlQuery.Required> group = query.requiredValue("groups.id");
		if (group.isPresent()) {
			RqlQuery rest = group.get().rest();
			Optional<Set<Status>> statuses = rest.filtersNothing() ? Optional.of(MemberCounts.LIVE)
					: fields.statuses(rest).flatMap(MemberCounts::storedWithoutTheClock);
			return statuses.map(stored -> () -> counts.inGroup(accountId, group.get().value(), stored));
		}
		return fields.statuses(query).map(statuses -> () -> counts.members(accountId, statuses, Instant.now(clock)));
	}

	/**
	 * One page of members, the optional parts of each that the query's {@code select}
	 * leaves out, and their account (as the search read it, so the page's details need
	 * not read it again).
	 */
	public record MemberPage(PageResponse<AccountUser> page, RqlSelect select, Account account) {
	}

	@Transactional
	public void remove(AccountId accountId, AccountUserId accountUserId, IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		Instant now = Instant.now(clock);
		Status before = member.status(now);
		member.remove(actor, now);
		members.update(member);
		events.publishEvent(new MemberRemoved(account, member.id(), member.person(), before, actor));
	}

	@Transactional
	public AccountUser block(AccountId accountId, AccountUserId accountUserId, IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		member.block(actor, Instant.now(clock));
		members.update(member);
		events.publishEvent(new MemberBlocked(account.id(), member.id(), member.person(), actor));
		return member;
	}

	@Transactional
	public AccountUser unblock(AccountId accountId, AccountUserId accountUserId, IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		member.unblock(actor, Instant.now(clock));
		members.update(member);
		events.publishEvent(new MemberUnblocked(account.id(), member.id(), member.person(), actor));
		return member;
	}

	@Transactional
	public AccountUser replaceGroups(AccountId accountId, AccountUserId accountUserId, Collection<String> groupIds,
			IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		Set<String> before = member.groupIds();
		List<Group> chosen = groups.requireGroups(AccountId.of(account.id()), groupIds, actor);
		Set<String> after = new LinkedHashSet<>(chosen.stream().map(Group::id).toList());
		member.replaceGroups(after, actor, Instant.now(clock));
		members.update(member);
		events.publishEvent(new MemberGroupsChanged(account.id(), member.id(), member.person(),
				before.stream().sorted().toList(), after.stream().sorted().toList(), actor));
		return member;
	}

}
