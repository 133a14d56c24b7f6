package dev.lobby.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;

/**
 * A user's membership in one account, carrying its invitation and groups. Every state
 * change of the specification is a method here that refuses an illegal move with a
 * sentence naming the person and their state; services only load, call and save.
 */
public final class AccountUser {

	private final String id;

	private final String accountId;

	private final Person person;

	private Status stored;

	private Status savedStatus;

	private int linkGeneration;

	private @Nullable Instant expiresAt;

	private @Nullable Instant sentAt;

	private Inviter invitedBy;

	private @Nullable Instant joinedAt;

	private @Nullable Instant endedAt;

	private Set<String> groupIds;

	private Set<String> savedGroupIds;

	private long version;

	private final Stamp created;

	private Stamp updated;

	/**
	 * Who sent the current invitation; {@code userId} is null when it was an API token.
	 */
	public record Inviter(String id, String name, @Nullable String userId) {

		static Inviter of(Actor actor) {
			return new Inviter(actor.id(), actor.name(), actor.type() == Actor.Type.USER ? actor.id() : null);
		}

		/**
		 * How invitees see the inviter: a person by name, an API token as the account's
		 * administrators.
		 */
		public String displayName(String accountName) {
			return userId != null ? name : "An administrator of " + accountName;
		}
	}

	AccountUser(String id, String accountId, Person person, Status stored, int linkGeneration,
			@Nullable Instant expiresAt, @Nullable Instant sentAt, Inviter invitedBy, @Nullable Instant joinedAt,
			@Nullable Instant endedAt, Set<String> groupIds, long version, Stamp created, Stamp updated) {
		this.id = id;
		this.accountId = accountId;
		this.person = person;
		this.stored = stored;
		this.savedStatus = stored;
		this.linkGeneration = linkGeneration;
		this.expiresAt = expiresAt;
		this.sentAt = sentAt;
		this.invitedBy = invitedBy;
		this.joinedAt = joinedAt;
		this.endedAt = endedAt;
		this.groupIds = Set.copyOf(groupIds);
		this.savedGroupIds = this.groupIds;
		this.version = version;
		this.created = created;
		this.updated = updated;
	}

	static AccountUser invite(String id, String accountId, Person person, Set<String> groupIds, Actor by, Instant now,
			Duration validity) {
		requireGroups(groupIds);
		Stamp stamp = Stamp.of(by, now);
		return new AccountUser(id, accountId, person, Status.Invited, 1, now.plus(validity), now, Inviter.of(by), null,
				null, groupIds, 0, stamp, stamp);
	}

	/**
	 * A member who joined without an invitation (the first administrator of a new
	 * installation).
	 */
	static AccountUser founder(String id, String accountId, Person person, Set<String> groupIds, Actor by,
			Instant now) {
		requireGroups(groupIds);
		Stamp stamp = Stamp.of(by, now);
		return new AccountUser(id, accountId, person, Status.Active, 1, null, null, Inviter.of(by), now, null, groupIds,
				0, stamp, stamp);
	}

	public Status status(Instant now) {
		return stored == Status.Invited && expiresAt != null && !now.isBefore(expiresAt) ? Status.InvitationExpired
				: stored;
	}

	/**
	 * What {@code by} may do to this member now, in menu order: what the state allows
	 * (SPEC §2), never blocking or removing oneself. The methods below enforce the same
	 * ({@code AccountUserUnitTests} holds the two together).
	 */
	public List<MemberAction> actions(Actor by, Instant now) {
		boolean self = by.type() == Actor.Type.USER && by.id().equals(person.userId());
		List<MemberAction> offered = switch (status(now)) {
			case Invited ->
				List.of(MemberAction.EDIT, MemberAction.RESEND, MemberAction.COPY_LINK, MemberAction.REMOVE);
			case InvitationExpired -> List.of(MemberAction.EDIT, MemberAction.SEND_NEW, MemberAction.REMOVE);
			case Active -> List.of(MemberAction.EDIT, MemberAction.BLOCK, MemberAction.REMOVE);
			case Blocked -> List.of(MemberAction.EDIT, MemberAction.UNBLOCK, MemberAction.REMOVE);
			case Disabled, Declined -> List.of();
		};
		return self ? offered.stream()
			.filter(action -> action != MemberAction.BLOCK && action != MemberAction.REMOVE)
			.toList() : offered;
	}

	/** Resend: the same link again, valid for another full period. */
	void resend(Actor by, Instant now, Duration validity) {
		Status status = status(now);
		if (status == Status.InvitationExpired) {
			throw new ActionRefused(Sentence.of("member.resend-expired", person.fullName()));
		}
		requireStatus(status, Status.Invited, "member.resend-needs-invited");
		renew(by, now, validity);
	}

	/** Copy link shows the current link; only a pending, unexpired invitation has one. */
	void requireCopyableLink(Instant now) {
		Status status = status(now);
		if (status == Status.InvitationExpired) {
			throw new ActionRefused(Sentence.of("member.copy-expired", person.fullName()));
		}
		requireStatus(status, Status.Invited, "member.copy-needs-invited");
	}

	/** Send new: a new link for an expired invitation; the old link dies. */
	void sendNew(Actor by, Instant now, Duration validity) {
		Status status = status(now);
		if (status == Status.Invited) {
			throw new ActionRefused(Sentence.of("member.send-new-not-expired", person.fullName()));
		}
		requireStatus(status, Status.InvitationExpired, "member.send-new-needs-expired");
		linkGeneration++;
		renew(by, now, validity);
	}

	private void renew(Actor by, Instant now, Duration validity) {
		expiresAt = now.plus(validity);
		sentAt = now;
		invitedBy = Inviter.of(by);
		updated = Stamp.of(by, now);
	}

	/** What a link of the given generation can do now. */
	public LinkState linkState(int generation, Instant now) {
		return switch (status(now)) {
			case Disabled -> LinkState.REMOVED;
			case Declined -> LinkState.DECLINED;
			case Active, Blocked -> LinkState.USED;
			case Invited, InvitationExpired -> {
				if (generation != linkGeneration) {
					yield generation < linkGeneration ? LinkState.REPLACED : LinkState.UNKNOWN;
				}
				yield status(now) == Status.InvitationExpired ? LinkState.EXPIRED : LinkState.USABLE;
			}
		};
	}

	void accept(int generation, Actor invitee, Instant now) {
		requireUsableLink(generation, now);
		stored = Status.Active;
		joinedAt = now;
		updated = Stamp.of(invitee, now);
	}

	void decline(int generation, Actor invitee, Instant now) {
		requireUsableLink(generation, now);
		stored = Status.Declined;
		endedAt = now;
		updated = Stamp.of(invitee, now);
	}

	private void requireUsableLink(int generation, Instant now) {
		LinkState state = linkState(generation, now);
		if (state != LinkState.USABLE) {
			throw new ActionRefused(state.sentence());
		}
	}

	/**
	 * Remove: the membership ends (a pending link dies with it); the user and other
	 * accounts stay.
	 */
	void remove(Actor by, Instant now) {
		refuseSelf(by, "remove");
		if (!status(now).isLive()) {
			throw new ActionRefused(Sentence.of("member.already", person.fullName(), status(now).label()));
		}
		stored = Status.Disabled;
		endedAt = now;
		updated = Stamp.of(by, now);
	}

	void block(Actor by, Instant now) {
		refuseSelf(by, "block");
		requireStatus(status(now), Status.Active, "member.block-needs-active");
		stored = Status.Blocked;
		updated = Stamp.of(by, now);
	}

	void unblock(Actor by, Instant now) {
		requireStatus(status(now), Status.Blocked, "member.unblock-needs-blocked");
		stored = Status.Active;
		updated = Stamp.of(by, now);
	}

	/** Editing a member changes their groups only; at least one group stays. */
	void replaceGroups(Set<String> newGroupIds, Actor by, Instant now) {
		requireGroups(newGroupIds);
		if (!status(now).isLive()) {
			throw new ActionRefused(Sentence.of("member.edit-ended", person.fullName(), status(now).label()));
		}
		groupIds = Set.copyOf(new LinkedHashSet<>(newGroupIds));
		updated = Stamp.of(by, now);
	}

	/**
	 * A member needs at least one group: whoever invites, enrols or edits them must
	 * choose one. The invite form checks this with its other fields, so the sentence says
	 * what to do.
	 */
	static Set<String> requireGroups(Set<String> groupIds) {
		if (groupIds.isEmpty()) {
			throw new InvalidInput("groups", Sentence.of("member.groups-missing"));
		}
		return groupIds;
	}

	private void refuseSelf(Actor by, String action) {
		if (by.type() == Actor.Type.USER && by.id().equals(person.userId())) {
			throw new ActionRefused(Sentence.of("member.not-yourself." + action));
		}
	}

	/** The repository saved this state: the stored version moved on by one. */
	void saved() {
		version++;
		savedStatus = stored;
		savedGroupIds = groupIds;
	}

	/**
	 * Refuses unless in {@code required}: the rule's sentence names the person and state.
	 */
	private void requireStatus(Status actual, Status required, String ruleKey) {
		if (actual != required) {
			throw new ActionRefused(Sentence.of(ruleKey, person.fullName(), actual.label()));
		}
	}

	public String id() {
		return id;
	}

	public String accountId() {
		return accountId;
	}

	public Person person() {
		return person;
	}

	Status storedStatus() {
		return stored;
	}

	/**
	 * The status stored at {@link #version()}: what the row holds until this is saved, so
	 * that saving knows which status the member leaves ({@link MemberCounts#moved}).
	 */
	Status savedStatus() {
		return savedStatus;
	}

	/** The groups stored at {@link #version()}, as {@link #savedStatus()}. */
	Set<String> savedGroupIds() {
		return savedGroupIds;
	}

	public int linkGeneration() {
		return linkGeneration;
	}

	public @Nullable Instant expiresAt() {
		return expiresAt;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}

	public Inviter invitedBy() {
		return invitedBy;
	}

	public @Nullable Instant joinedAt() {
		return joinedAt;
	}

	public @Nullable Instant endedAt() {
		return endedAt;
	}

	public Set<String> groupIds() {
		return groupIds;
	}

	public long version() {
		return version;
	}

	public Stamp created() {
		return created;
	}

	public Stamp updated() {
		return updated;
	}

}
