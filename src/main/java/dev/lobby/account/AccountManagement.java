package dev.lobby.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.group.GroupManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.FieldErrors;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.NotPermitted;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;

/**
 * Creates accounts (each with its default group) and shows them to those allowed to see
 * them.
 */
@Service
public class AccountManagement {

	/** An account's name goes into the subject of every invitation email. */
	static final Name.Kind ACCOUNT_NAME = Name.Kind.ofThing("account", 200);

	/**
	 * The highest limit of invitation emails per hour an operator may give an account.
	 */
	public static final int MAX_INVITATION_EMAILS_PER_HOUR = 1_000_000;

	private final Accounts accounts;

	private final AccountAccess access;

	private final GroupManagement groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Accounts accounts, AccountAccess access, GroupManagement groups, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.access = access;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new account, created by the operator (an operator's token with Account
	 * Management, or Lobby itself).
	 * @param name as the caller typed it; refused unless it is a valid account name
	 */
	@Transactional
	public Account create(@Nullable String name, AccountType type, Actor actor) {
		if (!actor.seesEveryAccount()) {
			throw new NotPermitted(Sentence.of("account.create-needs-operator"));
		}
		actor.requireAccountManagement();
		Account account = new Account(RandomIds.drawUnused("ACC", 2, accounts::idTaken),
				Name.of(ACCOUNT_NAME, name).value(), type, Locale.ENGLISH, Stamp.of(actor, Instant.now(clock)), null);
		accounts.insert(account);
		events.publishEvent(new AccountCreated(account, actor));
		groups.createDefault(AccountId.of(account.id()), actor);
		return account;
	}

	/**
	 * Sets how many invitation emails the account may send per hour, or with null lets
	 * the configured default apply again. Only the operator (an operator's token with
	 * Account Management, or Lobby itself) sets it: it protects the reputation of the
	 * operator's mail relay.
	 * @param perHour 1 to {@value #MAX_INVITATION_EMAILS_PER_HOUR}, or null for the
	 * default
	 */
	@Transactional
	public Account limitInvitationEmails(AccountId accountId, @Nullable Integer perHour, Actor actor) {
		Account account = access.account(accountId, actor);
		actor.requireAccountManagement();
		if (!actor.seesEveryAccount()) {
			throw new NotPermitted(Sentence.of("account.limit-needs-operator"));
		}
		if (perHour != null && (perHour < 1 || perHour > MAX_INVITATION_EMAILS_PER_HOUR)) {
			throw new InvalidInput("perHour",
					Sentence.of("account.limit-out-of-range", MAX_INVITATION_EMAILS_PER_HOUR, perHour));
		}
		Account changed = account.withInvitationEmailsPerHour(perHour);
		accounts.updateInvitationEmailsPerHour(account.id(), perHour);
		events.publishEvent(new InvitationEmailLimitChanged(changed, actor));
		return changed;
	}

	/**
	 * Renames the account and sets the language of the emails to its people (English or
	 * German: {@link #LANGUAGES}); for those who manage it.
	 * @param language a language tag of {@link #LANGUAGES}, e.g. {@code de}
	 */
	@Transactional
	public Account changeSettings(AccountId accountId, @Nullable String name, @Nullable String language, Actor actor) {
		Account before = access.account(accountId, actor);
		actor.requireAccountManagement();
		FieldErrors problems = new FieldErrors();
		Optional<String> checkedName = problems.check(() -> Name.of(ACCOUNT_NAME, name).value());
		Optional<Locale> checkedLocale = problems.check(() -> LANGUAGES.stream()
			.filter(known -> known.toLanguageTag().equals(language))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("locale", Sentence.of("account.locale-unknown"))));
		problems.throwIfAny();
		String cleanName = checkedName.orElseThrow();
		Locale locale = checkedLocale.orElseThrow();
		if (before.name().equals(cleanName) && before.locale().equals(locale)) {
			return before;
		}
		Account after = before.withSettings(cleanName, locale);
		accounts.updateSettings(before.id(), cleanName, locale);
		events.publishEvent(new AccountSettingsChanged(before, after, actor));
		return after;
	}

	/** The languages Lobby writes emails in. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	/**
	 * The account, if the actor may see it; otherwise "not found", so ids of others stay
	 * unconfirmed.
	 */
	@Transactional(readOnly = true)
	public Account get(AccountId accountId, Actor actor) {
		return access.account(accountId, actor);
	}

	/**
	 * The accounts the actor sees (its own; every account for the operator) that an RQL
	 * query string (still percent-encoded) asks for: fields
	 * {@code id name type audit.created.at}; oldest first unless it says otherwise.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Account> search(@Nullable String rawQuery, Actor actor) {
		RqlQuery query = RqlQuery.parse(rawQuery, AccountListFields.SCHEMA);
		String onlyId = actor.onlyVisibleAccount().orElse(null);
		return RqlPaging.page(query, () -> accounts.page(onlyId, query),
				bound -> accounts.countUpTo(onlyId, query, bound));
	}

}
