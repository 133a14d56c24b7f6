package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one "is this id taken" check every repository asks before handing out a random id.
 */
class JdbcUnitTests {

	@Test
	void idTakenSaysWhetherTheTableHasARowWithThatId() {
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:jdbc-unit;MODE=PostgreSQL",
				true);
		try {
			JdbcClient jdbc = JdbcClient.create(database);
			jdbc.sql("CREATE TABLE things (id VARCHAR(20) PRIMARY KEY)").update();
			jdbc.sql("INSERT INTO things (id) VALUES ('THG-0001')").update();

			assertThat(Jdbc.idTaken(jdbc, "things", "THG-0001")).isTrue();
			assertThat(Jdbc.idTaken(jdbc, "things", "THG-0002")).isFalse();
		}
		finally {
			database.destroy();
		}
	}

	@Test
	void idTakenRefusesAnythingButAPlainTableNameBeforeItReachesTheDatabase() {
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:jdbc-unit-refusal", true);
		try {
			assertThatThrownBy(() -> Jdbc.idTaken(JdbcClient.create(database), "things; DROP TABLE things", "THG-0001"))
				.isInstanceOf(IllegalArgumentException.class);
		}
		finally {
			database.destroy();
		}
	}

}
