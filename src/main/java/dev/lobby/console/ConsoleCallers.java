package dev.lobby.console;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.lobby.membership.SignIns;
import dev.lobby.web.PageCaller;
import dev.lobby.web.PageCaller.AccountChoice;
import dev.lobby.web.PageCallers;

/** The signed-in person of a page request, as {@link SignIns} knows them now. */
@Component
class ConsoleCallers implements PageCallers {

	private final SignIns signIns;

	ConsoleCallers(SignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Optional<PageCaller> resolve(String userId, @Nullable String accountId) {
		return signIns.person(userId, accountId)
			.map(person -> new PageCaller(person.actor(), person.email().value(), person.language(), person.timeZone(),
					person.account().name(),
					person.accounts().stream().map(account -> new AccountChoice(account.id(), account.name())).toList(),
					person.visiting()));
	}

}
