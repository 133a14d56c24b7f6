package dev.lobby.bootstrap;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.account.AccountType;
import dev.lobby.account.Accounts;
import dev.lobby.apitoken.ApiTokenManagement;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.Name;
import dev.lobby.user.Password;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;

/**
 * On an empty database, creates the operator's account and its first administrator,
 * printing the sign-in once when the password was generated. With
 * {@code LOBBY_BOOTSTRAP_API_TOKEN} set, makes sure a token with that secret exists, so
 * scripts can call the API right after start-up.
 */
@Component
class Bootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	private static final String DEFAULT_ADMIN_EMAIL = "admin@lobby.localhost";

	private final BootstrapProperties settings;

	private final Accounts accounts;

	private final AccountManagement accountManagement;

	private final GroupManagement groups;

	private final UserDirectory users;

	private final MembershipManagement memberships;

	private final ApiTokenManagement tokens;

	private final TransactionTemplate transaction;

	Bootstrap(BootstrapProperties settings, Accounts accounts, AccountManagement accountManagement,
			GroupManagement groups, UserDirectory users, MembershipManagement memberships, ApiTokenManagement tokens,
			TransactionTemplate transaction) {
		this.settings = settings;
		this.accounts = accounts;
		this.accountManagement = accountManagement;
		this.groups = groups;
		this.users = users;
		this.memberships = memberships;
		this.tokens = tokens;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (accounts.isEmpty()) {
				createOperatorAccount();
			}
			if (!settings.apiToken().isBlank() && tokens.resolve(settings.apiToken()).isEmpty()) {
				Account operator = firstOperatorAccount();
				tokens.issueWithSecret(AccountId.of(operator.id()), "Bootstrap token", Set.of(Actor.ACCOUNT_MANAGEMENT),
						settings.apiToken(), Actor.system());
				log.info("Created the bootstrap API token for account {}", operator.id());
			}
		});
	}

	private void createOperatorAccount() {
		Actor system = Actor.system();
		Account account = accountManagement.create(settings.accountName(), AccountType.Operations, system);
		AccountId accountId = AccountId.of(account.id());
		Group administrators = groups.defaultGroup(accountId, system);
		boolean generated = settings.adminPassword().isBlank();
		String password = generated ? generatePassword() : settings.adminPassword();
		EmailAddress email = EmailAddress
			.of(settings.adminEmail().isBlank() ? DEFAULT_ADMIN_EMAIL : settings.adminEmail());
		User admin = users.createWithPassword(email, Name.of(Name.FIRST_NAME, "Lobby"),
				Name.of(Name.LAST_NAME, "Administrator"), Password.of(password));
		memberships.enrolFounder(accountId, admin, Set.of(administrators.id()), system);
		log.info("Created the operator account {} with administrator {}", account.id(), email);
		if (generated) {
			// Printed, not logged: it is shown once on the console and never kept in log
			// files.
			System.out.printf("%n  Lobby's first administrator: %s%n  Password (shown once, change it): %s%n%n", email,
					password);
		}
	}

	private Account firstOperatorAccount() {
		return accountManagement.search("eq(type,Operations)&limit=1", Actor.system())
			.data()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No operator account to attach the bootstrap token to"));
	}

	private static String generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		// Guarantees every class the policy asks for, whatever the random part drew.
		return password.append("-Aa1").toString();
	}

}
