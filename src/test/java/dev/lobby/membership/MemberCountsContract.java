package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The member list's total stays exact while the changes that count it are folded into the
 * account's count: before and after a fold, while invites run, and for an account whose
 * count row is missing.
 */
abstract class MemberCountsContract extends LobbyIntegrationTestBase {

	@Autowired
	MemberCountFolding folding;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFoldKeepsTheTotalAndLeavesNoChangesBehind() {
		TestAccount acme = accounts.client("Folds");
		long before = total(acme);
		List<String> invited = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			invited.add(invite(acme, "fold" + i));
		}
		assertThat(api(acme).delete(acme.users() + "/" + invited.get(0)).status()).isLessThan(300);
		assertThat(total(acme)).isEqualTo(before + 2).isEqualTo(counted(acme));
		assertThat(changes(acme)).isPositive();

		folding.foldAll();

		assertThat(changes(acme)).isZero();
		assertThat(total(acme)).isEqualTo(before + 2).isEqualTo(counted(acme));
		invite(acme, "after");
		assertThat(total(acme)).isEqualTo(before + 3).isEqualTo(counted(acme));
	}

	@Test
	void foldsWhileInvitesRunLoseNoChange() throws Exception {
		TestAccount busy = accounts.client("Busy folds");
		long before = total(busy);
		AtomicBoolean inviting = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			Future<?> folds = pool.submit(() -> {
				while (inviting.get()) {
					folding.foldAll();
				}
			});
			List<Future<String>> invites = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String name = "crowd" + i;
				invites.add(pool.submit(() -> invite(busy, name)));
			}
			for (Future<String> invite : invites) {
				invite.get();
			}
			inviting.set(false);
			folds.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(total(busy)).isEqualTo(before + 24).isEqualTo(counted(busy));
		folding.foldAll();
		assertThat(total(busy)).isEqualTo(before + 24).isEqualTo(counted(busy));
	}

	@Test
	void aFoldCountsAnAccountWhoseCountRowIsMissing() {
		TestAccount acme = accounts.client("Uncounted");
		invite(acme, "one");
		invite(acme, "two");
		folding.foldAll();
		long members = counted(acme);
		jdbc.sql("DELETE FROM member_counts WHERE account_id = ?").param(acme.id()).update();
		invite(acme, "three");

		folding.foldAll();

		assertThat(total(acme)).isEqualTo(members + 1).isEqualTo(counted(acme));
		assertThat(changes(acme)).isZero();
	}

	private String invite(TestAccount account, String name) {
		Api.Response invited = api(account).post(account.users(),
				invite(uniqueEmail(name), "Count", "Member", account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		return invited.at("/id");
	}

	/** The unfiltered list's total: the kept count. */
	private long total(TestAccount account) {
		return total(api(account).get(account.users() + "?limit=0"));
	}

	/** A filter that matches every live member: the rows counted. */
	private long counted(TestAccount account) {
		return total(api(account).get(account.users() + "?ne(user.email,null())&limit=0"));
	}

	private static long total(Api.Response list) {
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().at("/$meta/pagination/total").asLong();
	}

	private long changes(TestAccount account) {
		return jdbc.sql("SELECT COUNT(*) FROM member_count_changes WHERE account_id = ?")
			.param(account.id())
			.query(Long.class)
			.single();
	}

}
