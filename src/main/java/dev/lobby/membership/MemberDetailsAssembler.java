package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.lobby.account.Account;
import dev.lobby.account.Accounts;
import dev.lobby.group.Group;
import dev.lobby.group.Groups;
import dev.lobby.group.Module;
import dev.lobby.mail.Delivery;
import dev.lobby.mail.InvitationEmail;
import dev.lobby.mail.Outbox;
import dev.lobby.platform.PageResponse;

/**
 * Turns members into {@link MemberDetails}, loading groups once per page rather than per
 * member.
 */
@Component
public class MemberDetailsAssembler {

	private final Accounts accounts;

	private final Groups groups;

	private final InvitationLinks links;

	private final Outbox outbox;

	private final Clock clock;

	MemberDetailsAssembler(Accounts accounts, Groups groups, InvitationLinks links, Outbox outbox, Clock clock) {
		this.accounts = accounts;
		this.groups = groups;
		this.links = links;
		this.outbox = outbox;
		this.clock = clock;
	}

	public MemberDetails details(AccountUser member) {
		return assemble(List.of(member), accounts.find(member.accountId()).orElseThrow()).get(0);
	}

	public PageResponse<MemberDetails> page(MembershipManagement.MemberPage found) {
		return new PageResponse<>(found.page().meta(), assemble(found.page().data(), found.account()));
	}

	/**
	 * A member just invited, from what the invite holds — its account, the groups it
	 * checked and the invitation email it queued — without a read: the answer of an
	 * invite.
	 */
	MemberDetails invited(AccountUser member, Account account, List<Group> chosen) {
		return of(member, account, chosen, Delivery.queued(), Instant.now(clock));
	}

	/**
	 * A member whose invitation email was queued just now (resent, or sent anew), in the
	 * transaction that queued it: its groups are read, its account and email are known.
	 */
	MemberDetails requeued(AccountUser member, Account account) {
		return of(member, account, groups.findAll(account.id(), member.groupIds()), Delivery.queued(),
				Instant.now(clock));
	}

	/**
	 * Members of one account, with their groups and their invitation emails read once for
	 * all of them.
	 */
	private List<MemberDetails> assemble(List<AccountUser> members, Account account) {
		if (members.isEmpty()) {
			return List.of();
		}
		String accountId = account.id();
		Map<String, Group> groupsById = new LinkedHashMap<>();
		groups.findAll(accountId, members.stream().flatMap(m -> m.groupIds().stream()).distinct().toList())
			.forEach(group -> groupsById.put(group.id(), group));
		Map<String, Delivery> deliveries = outbox.latestDeliveries(InvitationEmail.TEMPLATE,
				members.stream().map(AccountUser::id).toList());
		Instant now = Instant.now(clock);
		return members.stream()
			.map(member -> of(member, account,
					member.groupIds().stream().map(groupsById::get).filter(Objects::nonNull).toList(),
					deliveries.get(member.id()), now))
			.toList();
	}

	/** The member with its groups by name and the modules they grant by id. */
	private MemberDetails of(AccountUser member, Account account, List<Group> itsGroups,
			@Nullable Delivery invitationDelivery, Instant now) {
		List<Group> memberGroups = itsGroups.stream().sorted(Comparator.comparing(Group::name)).toList();
		List<Module> modules = memberGroups.stream()
			.flatMap(group -> group.modules().stream())
			.distinct()
			.sorted(Comparator.comparing(Module::id))
			.toList();
		return MemberDetails.of(member, member.status(now), account, memberGroups, modules, links, invitationDelivery);
	}

}
