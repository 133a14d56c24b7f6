package dev.lobby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lobby.account.AccountManagement;
import dev.lobby.account.AccountType;
import dev.lobby.apitoken.ApiToken;
import dev.lobby.apitoken.ApiTokenManagement;
import dev.lobby.audit.AuditRecord;
import dev.lobby.audit.AuditTrail;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.mail.Outbox;
import dev.lobby.membership.InvitationEmailLimits;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.InviteCommand;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.onboarding.AccountOnboarding;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountScope;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.ApiTokenId;
import dev.lobby.platform.AuditRecordId;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.GroupId;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.Name;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.NotPermitted;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;

/**
 * The services check their callers themselves, so the REST API, the pages and any other
 * caller get the same answer: called directly (no HTTP), every public method that reads
 * or changes an account's data finds nothing of another account for a foreign actor,
 * refuses an actor without Account Management, and changes nothing either way. A method
 * added without being listed here fails {@link #everyPublicServiceMethodIsCheckedHere}.
 */
class ServiceAuthorizationIntegrationTests extends LobbyIntegrationTestBase {

	/** The services whose public methods act on an account's data for an actor. */
	static final List<Class<?>> SERVICES = List.of(AccountManagement.class, AccountScope.class, AccountOnboarding.class,
			GroupManagement.class, AuditTrail.class, ApiTokenManagement.class, MembershipManagement.class,
			InvitationManagement.class, InvitationEmailLimits.class);

	/** Public methods that take no caller to check, and why. */
	static final Map<String, String> UNCHECKED = Map.of("ApiTokenManagement.resolve",
			"turns a presented secret into the actor: it is the authentication itself",
			"InvitationManagement.checkNames", "checks two typed names against the invite's rule: reads nothing",
			"InvitationManagement.alreadyAMember", "words the refusal of a member already found: reads nothing");

	static final String OTHER_MODULE = "MOD-1002";

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	AccountScope scope;

	@Autowired
	AccountOnboarding onboarding;

	@Autowired
	GroupManagement groups;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	InvitationEmailLimits emailLimits;

	@Autowired
	UserDirectory users;

	@Autowired
	Outbox outbox;

	/**
	 * What a service call on the victim's account owes a caller that is not its
	 * administrator.
	 */
	enum Kind {

		/** Another account's actor: "not found"; without Account Management: refused. */
		ACCOUNT_DATA,
		/**
		 * Another account's actor: "not found"; any actor of the account may make it,
		 * whatever its modules.
		 */
		ANY_MODULE,
		/**
		 * A list of what the actor sees: another account's actor gets one without the
		 * victim's account.
		 */
		OWN_LIST,
		/**
		 * Only the operator's actors with Account Management may make it; everybody else:
		 * refused.
		 */
		OPERATOR_ONLY

	}

	/** One service call, made as the actor given. */
	record Operation(String name, Kind kind, Function<Actor, @Nullable Object> call) {
	}

	TestAccount victim;

	Actor owner;

	GroupId groupId;

	AccountUserId memberId;

	ApiTokenId tokenId;

	AuditRecordId recordId;

	User founder;

	@BeforeEach
	void victimAccountWithAGroupAMemberATokenAndAuditRecords() {
		victim = accounts.client("Victim");
		owner = actor(victim.token());
		groupId = GroupId.of(groups.create(victim.accountId(), "Victims", null, List.of(OTHER_MODULE), owner).id());
		InviteCommand vic = new InviteCommand(uniqueEmail("victim"), "Vic", "Tim",
				List.of(victim.administrators().id()));
		memberId = AccountUserId.of(invitations.invite(victim.accountId(), vic, owner).member().id());
		tokenId = ApiTokenId.of(tokens.search(victim.accountId(), null, owner).data().get(0).id());
		recordId = AuditRecordId.of(audit.search(null, owner).data().get(0).id());
		founder = users.findOrCreate(EmailAddress.of(uniqueEmail("founder")), Name.of(Name.FIRST_NAME, "Fay"),
				Name.of(Name.LAST_NAME, "Founder"));
	}

	List<Operation> operations() {
		AccountId account = victim.accountId();
		List<String> administrators = List.of(victim.administrators().id());
		return List.of(
				// Accounts: reading one's own account needs no module; creating accounts
				// is the operator's.
				new Operation("AccountManagement.get", Kind.ANY_MODULE, a -> accountManagement.get(account, a)),
				new Operation("AccountManagement.search", Kind.OWN_LIST, a -> accountManagement.search("limit=100", a)),
				new Operation("AccountScope.accountFor", Kind.ANY_MODULE, a -> scope.accountFor(account, a)),
				new Operation("AccountManagement.create", Kind.OPERATOR_ONLY,
						a -> accountManagement.create("Sneaky", AccountType.Client, a)),
				new Operation("AccountOnboarding.onboard", Kind.OPERATOR_ONLY,
						a -> onboarding.onboard("Sneaky",
								new AccountOnboarding.Administrator(uniqueEmail("sneaky"), "Sne", "Aky"), a)),
				// Groups
				op("GroupManagement.createDefault", a -> groups.createDefault(account, a)),
				op("GroupManagement.create", a -> groups.create(account, "Mine", null, List.of(OTHER_MODULE), a)),
				op("GroupManagement.update",
						a -> groups.update(groupId, "Mine", null, List.of(OTHER_MODULE), IfMatch.ANY, a)),
				op("GroupManagement.delete", a -> groups.delete(groupId, IfMatch.ANY, a)),
				op("GroupManagement.get", a -> groups.get(groupId, a)),
				op("GroupManagement.defaultGroup", a -> groups.defaultGroup(account, a)),
				op("GroupManagement.search", a -> groups.search("account=" + account, a)),
				op("GroupManagement.searchInUse", a -> groups.searchInUse("account=" + account, a)),
				op("GroupManagement.requireGroups", a -> groups.requireGroups(account, List.of(groupId.value()), a)),
				// Audit trail
				op("AuditTrail.search", a -> audit.search("account=" + account, a)),
				op("AuditTrail.get", a -> audit.get(recordId, a)),
				// API tokens
				op("ApiTokenManagement.create",
						a -> tokens.create(account, "Mine", List.of(Actor.ACCOUNT_MANAGEMENT), a)),
				op("ApiTokenManagement.issue", a -> tokens.issue(account, "Mine", Set.of(Actor.ACCOUNT_MANAGEMENT), a)),
				op("ApiTokenManagement.issueWithSecret",
						a -> tokens.issueWithSecret(account, "Mine", Set.of(Actor.ACCOUNT_MANAGEMENT), "s".repeat(40),
								a)),
				op("ApiTokenManagement.get", a -> tokens.get(tokenId, a)),
				op("ApiTokenManagement.search", a -> tokens.search(account, null, a)),
				op("ApiTokenManagement.disable", a -> tokens.disable(tokenId, a)),
				op("ApiTokenManagement.enable", a -> tokens.enable(tokenId, a)),
				op("ApiTokenManagement.delete", a -> tokens.delete(tokenId, a)),
				// Members
				op("MembershipManagement.enrolFounder",
						a -> memberships.enrolFounder(account, founder, Set.copyOf(administrators), a)),
				op("MembershipManagement.get", a -> memberships.get(account, memberId, a)),
				op("MembershipManagement.search", a -> memberships.search(account, null, a)),
				op("MembershipManagement.remove", a -> memberships.remove(account, memberId, IfMatch.ANY, a)),
				op("MembershipManagement.block", a -> memberships.block(account, memberId, IfMatch.ANY, a)),
				op("MembershipManagement.unblock", a -> memberships.unblock(account, memberId, IfMatch.ANY, a)),
				op("MembershipManagement.replaceGroups",
						a -> memberships.replaceGroups(account, memberId, List.of(groupId.value()), IfMatch.ANY, a)),
				// InvitationManagement
				op("InvitationManagement.invite",
						a -> invitations.invite(account,
								new InviteCommand(uniqueEmail("new"), "New", "Comer", administrators), a)),
				op("InvitationManagement.resend", a -> invitations.resend(account, memberId, IfMatch.ANY, a)),
				op("InvitationManagement.sendNew", a -> invitations.sendNew(account, memberId, IfMatch.ANY, a)),
				op("InvitationManagement.copyLink", a -> invitations.copyLink(account, memberId, a)),
				op("InvitationManagement.memberWithEmail",
						a -> invitations.memberWithEmail(account, "someone@example.com", a)),
				op("InvitationManagement.checkGroups",
						a -> invitations.checkGroups(account, Set.copyOf(administrators), a)),
				// The limit of invitation emails: read by the account's administrators,
				// set
				// by the operator.
				op("AccountManagement.limitInvitationEmails",
						a -> accountManagement.limitInvitationEmails(account, 50, a)),
				op("AccountManagement.changeSettings",
						a -> accountManagement.changeSettings(account, "Renamed", "de", a)),
				op("InvitationEmailLimits.get", a -> emailLimits.get(account, a)),
				op("InvitationEmailLimits.set", a -> emailLimits.set(account, 50, a)));
	}

	@Test
	void anotherAccountsActorFindsNothingOfTheAccountThroughAnyServiceAndChangesNothing() {
		Actor intruder = actor(accounts.client("Intruder").token());
		assertThat(intruder.mayUse(Actor.ACCOUNT_MANAGEMENT)).as("the intruder holds every module it needs").isTrue();
		theOwnerReadsEverythingTheTestAsksFor();
		State before = state();

		for (Operation operation : operations()) {
			switch (operation.kind()) {
				case ACCOUNT_DATA,
						ANY_MODULE ->
					assertThatThrownBy(() -> operation.call().apply(intruder)).as(operation.name())
						.isInstanceOf(NotFound.class)
						.hasMessageNotContaining(victim.account().name());
				case OWN_LIST -> assertThat(String.valueOf(operation.call().apply(intruder))).as(operation.name())
					.contains(intruder.accountId())
					.doesNotContain(victim.id());
				case OPERATOR_ONLY -> assertThatThrownBy(() -> operation.call().apply(intruder)).as(operation.name())
					.isInstanceOf(NotPermitted.class)
					.hasMessageContaining("operator");
			}
		}
		// The lists of groups, tokens and records without account=: the intruder's own,
		// nothing of the victim's.
		assertThat(groups.search(null, intruder).data()).extracting(Group::id).doesNotContain(groupId.value());
		assertThat(tokens.search(null, null, intruder).data()).extracting(ApiToken::id).doesNotContain(tokenId.value());
		assertThat(audit.search("limit=100", intruder).data()).extracting(AuditRecord::accountId)
			.doesNotContain(victim.id());

		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anActorWithoutAccountManagementIsRefusedByEveryServiceAndChangesNothing() {
		// Once of the account itself, once of the operator's account, which sees every
		// account: the module
		// is checked, not merely the account.
		Actor limitedMember = actor(accounts.tokenWithout(victim, OTHER_MODULE));
		Actor limitedOperator = actor(
				accounts.create("Operator", AccountType.Operations, Set.of(OTHER_MODULE)).token());
		State before = state();

		for (Operation operation : operations()) {
			for (Actor limited : List.of(limitedMember, limitedOperator)) {
				String as = operation.name() + " as " + limited.name() + " of " + limited.accountId();
				if (operation.kind() == Kind.ANY_MODULE || operation.kind() == Kind.OWN_LIST) {
					assertThatCode(() -> operation.call().apply(limited)).as(as).doesNotThrowAnyException();
				}
				else if (operation.kind() == Kind.OPERATOR_ONLY && limited == limitedMember) {
					assertThatThrownBy(() -> operation.call().apply(limited)).as(as).isInstanceOf(NotPermitted.class);
				}
				else {
					assertThatThrownBy(() -> operation.call().apply(limited)).as(as)
						.isInstanceOf(NotPermitted.class)
						.hasMessageContaining("Account Management");
				}
			}
		}

		assertThat(state()).isEqualTo(before);
	}

	@Test
	void everyPublicServiceMethodIsCheckedHere() {
		Set<String> listed = new TreeSet<>(operations().stream().map(Operation::name).toList());
		listed.addAll(UNCHECKED.keySet());
		Set<String> declared = new TreeSet<>(SERVICES.stream()
			.flatMap(service -> Arrays.stream(service.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
				.map(Method::getName)
				.map(name -> service.getSimpleName() + "." + name))
			.toList());

		assertThat(listed).isEqualTo(declared);
	}

	/**
	 * The ids the refusals use are real: the account's own administrator reaches every
	 * one of them.
	 */
	private void theOwnerReadsEverythingTheTestAsksFor() {
		assertThat(groups.get(groupId, owner).accountId()).isEqualTo(victim.id());
		assertThat(memberships.get(victim.accountId(), memberId, owner).accountId()).isEqualTo(victim.id());
		assertThat(tokens.get(tokenId, owner).accountId()).isEqualTo(victim.id());
		assertThat(audit.get(recordId, owner).accountId()).isEqualTo(victim.id());
		assertThat(groups.requireGroups(victim.accountId(), List.of(groupId.value()), owner)).hasSize(1);
	}

	/**
	 * Everything of the victim's account a change would touch, and what any change
	 * anywhere leaves behind.
	 */
	record State(List<String> auditRecords, List<Group> groups, List<ApiToken> tokens, List<String> members,
			long accounts, long pendingEmails, @Nullable Integer invitationEmailsPerHour) {
	}

	private State state() {
		return new State(audit.search("limit=100", owner).data().stream().map(AuditRecord::id).toList(),
				groups.search("limit=100", owner).data(), tokens.search(null, "limit=100", owner).data(),
				memberships.search(victim.accountId(), "limit=100", owner)
					.page()
					.data()
					.stream()
					.map(member -> member.id() + " v" + member.version() + " " + member.groupIds())
					.toList(),
				accountManagement.search("limit=0", Actor.system()).meta().pagination().total(),
				outbox.count("Pending"), accountManagement.get(victim.accountId(), owner).invitationEmailsPerHour());
	}

	/** The actor the REST API sees for this token: no actor is built by hand. */
	private Actor actor(String tokenSecret) {
		return tokens.resolve(tokenSecret).orElseThrow();
	}

	/** A call on the account's data, whatever it returns (or nothing). */
	private static Operation op(String name, Consumer<Actor> call) {
		return new Operation(name, Kind.ACCOUNT_DATA, actor -> {
			call.accept(actor);
			return null;
		});
	}

}
