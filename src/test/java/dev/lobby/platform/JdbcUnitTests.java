package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one "is this id taken" check every repository asks before handing out a random id,
 * and the reading of instants.
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
	void aNullInstantIsReadOnlyWhereTheColumnMayBeNull() {
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:jdbc-unit-instants", true);
		try {
			JdbcClient jdbc = JdbcClient.create(database);
			jdbc.sql("CREATE TABLE events (id INT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE)").update();
			jdbc.sql(
					"INSERT INTO events (id, at) VALUES (1, TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'), (2, NULL)")
				.update();
			String oneRow = "SELECT at FROM events WHERE id = :id";

			assertThat(jdbc.sql(oneRow).param("id", 1).query((rs, row) -> Jdbc.instant(rs, "at")).single())
				.isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
			assertThat(jdbc.sql(oneRow)
				.param("id", 2)
				.query((rs, row) -> Optional.ofNullable(Jdbc.instantOrNull(rs, "at")))
				.single()).isEmpty();
			assertThatThrownBy(
					() -> jdbc.sql(oneRow).param("id", 2).query((rs, row) -> Jdbc.instant(rs, "at")).single())
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("Column at is null");
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
