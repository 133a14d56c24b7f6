package dev.lobby.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.lobby.platform.Stamp;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The store's own guard: a change saved on a version that moved on meanwhile is refused,
 * not lost.
 */
class GroupsIntegrationTests extends LobbyIntegrationTestBase {

	@Autowired
	Groups groups;

	@Autowired
	Modules modules;

	Stamp now() {
		return new Stamp(Instant.now(clock), "test", "Test");
	}

	@Test
	void anUpdateOnAStaleVersionIsRefusedAndTheFirstOneStays() {
		TestAccount acme = accounts.client("Acme");
		Group read = acme.administrators();
		List<Module> same = read.modules();

		groups.update(read.edited("Owners", null, same, now()));

		assertThatThrownBy(() -> groups.update(read.edited("Bosses", null, same, now())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Group saved = groups.find(acme.id(), read.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo("Owners");
		assertThat(saved.version()).isEqualTo(read.version() + 1);
		assertThat(saved.modules()).isEqualTo(same);
	}

	@Test
	void aDeleteOnAStaleVersionIsRefused() {
		TestAccount acme = accounts.client("Acme");
		Group read = acme.administrators();
		groups.update(read.edited("Owners", null, read.modules(), now()));

		assertThatThrownBy(() -> groups.delete(read)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(groups.find(acme.id(), read.id())).isPresent();
	}

}
