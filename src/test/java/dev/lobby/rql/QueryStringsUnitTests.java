package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.lobby.platform.InvalidInput;

class QueryStringsUnitTests {

	@Test
	void readsAndRemovesOneParameterLeavingTheRqlAsItWas() {
		String raw = "eq(name,a%26b)&account=ACC-1234-5678&order=-name&limit=5";
		assertThat(QueryStrings.value(raw, "account")).isEqualTo("ACC-1234-5678");
		assertThat(QueryStrings.without(raw, "account")).isEqualTo("eq(name,a%26b)&order=-name&limit=5");
		assertThat(QueryStrings.value("eq(account,1)", "account")).isNull();
		assertThat(QueryStrings.value(null, "account")).isNull();
	}

	@Test
	void aMalformedValueIsInvalidInputWhileMalformedRqlIsLeftToRql() {
		assertThatThrownBy(() -> QueryStrings.value("account=ACC%2", "account")).isInstanceOf(InvalidInput.class);
		assertThat(QueryStrings.value("%FF%2&account=ACC-1", "account")).isEqualTo("ACC-1");
	}

	@Test
	void refusesAParameterGivenTwiceOrEmptyRatherThanGuessWhichAccountWasMeant() {
		assertThatThrownBy(() -> QueryStrings.value("account=ACC-1111-1111&account=ACC-2222-2222", "account"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at most once");
		assertThatThrownBy(() -> QueryStrings.value("account=&limit=5", "account")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> QueryStrings.value("account", "account")).isInstanceOf(InvalidInput.class);
	}

}
