package dev.lobby.membership;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan a filtered member list for the values it is given, every time. The
 * driver prepares a statement on the server once a connection ran it a few times, and
 * after a few more runs PostgreSQL may plan it once for any values (a generic plan). For
 * a search that plan walks the account's name index instead of asking the trigram index,
 * which an unknown pattern cannot price: a word nobody has then reads every member (7.4 s
 * on a million, against 0.1 ms planned for the word). H2 plans every statement anew. A
 * page filtered on statuses alone needs none of this: it binds no value
 * ({@link AccountUsers#writtenOutWhole}).
 */
@Component
class PlansForTheseValues {

	private final JdbcClient jdbc;

	private final boolean postgres;

	PlansForTheseValues(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/** For the rest of the caller's transaction. */
	void inThisTransaction() {
		if (postgres) {
			jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
		}
	}

}
