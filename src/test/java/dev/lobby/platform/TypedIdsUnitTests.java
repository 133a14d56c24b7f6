package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Typed ids wrap the text as it arrived, so an id of any shape reaches the service, which
 * answers "not found" as before; only text that names nothing at all is refused here.
 */
class TypedIdsUnitTests {

	record Kind(String what, Function<String, Object> of) {
	}

	static final List<Kind> KINDS = List.of(new Kind("Account", AccountId::of),
			new Kind("Account user", AccountUserId::of), new Kind("User group", GroupId::of),
			new Kind("User", UserId::of), new Kind("API token", ApiTokenId::of),
			new Kind("Audit record", AuditRecordId::of));

	@Test
	void anIdKeepsItsTextExactlyAndPrintsAsIt() {
		for (Kind kind : KINDS) {
			for (String text : List.of("ACC-1234-5678", "NOPE", " padded ", "acc-1234-5678", "\u00e9")) {
				Object id = kind.of().apply(text);
				assertThat(id).as(kind.what()).hasToString(text).isEqualTo(kind.of().apply(text));
			}
		}
	}

	@Test
	void aBlankIdNamesNothingAndIsNotFoundWithTheSentenceOfAnUnknownOne() {
		for (Kind kind : KINDS) {
			for (String blank : List.of("", " ", "\t", " \n ")) {
				assertThatThrownBy(() -> kind.of().apply(blank)).as(kind.what())
					.isInstanceOf(NotFound.class)
					.hasMessage(kind.what() + " " + blank + " was not found.");
			}
			assertThatThrownBy(() -> kind.of().apply(null)).as(kind.what())
				.isInstanceOf(NullPointerException.class)
				.hasMessage(kind.what() + " id must not be null");
		}
	}

	@Test
	void theNotFoundOfAnIdNamesItsKindAndText() {
		assertThat(GroupId.of("UGR-0000-0000").notFound()).hasMessage("User group UGR-0000-0000 was not found.");
		assertThat(AccountUserId.of("NOPE").notFound()).hasMessage("Account user NOPE was not found.");
	}

	@Test
	void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
		assertThat((Object) AccountId.of("X-1")).isNotEqualTo(GroupId.of("X-1"));
	}

	@Test
	void anOptionalAccountIsNoneWhenTheCallerNamesNone() {
		assertThat(AccountId.ofNullable(null)).isNull();
		assertThat(AccountId.ofNullable("")).isNull();
		assertThat(AccountId.ofNullable(" \t")).isNull();
		assertThat(AccountId.ofNullable(" ACC-1234-5678")).isEqualTo(AccountId.of(" ACC-1234-5678"));
	}

}
