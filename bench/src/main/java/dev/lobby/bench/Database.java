package dev.lobby.bench;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;

import org.postgresql.PGConnection;

/**
 * The benchmark's own connections to Lobby's database: to load data as an operator would
 * (COPY, then ANALYZE), to read what Lobby wrote, and for the plain-JDBC figures.
 */
final class Database {

	private final String url;

	private final String user;

	Database(String url, String user) {
		this.url = url;
		this.user = user;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, "");
	}

	long count(String sql, Object... params) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, params);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	String text(String sql, Object... params) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, params);
				ResultSet rows = statement.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	Set<String> strings(String sql, Object... params) throws SQLException {
		Set<String> values = new HashSet<>();
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, params);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	int update(String sql, Object... params) throws SQLException {
		try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, params)) {
			return statement.executeUpdate();
		}
	}

	/**
	 * Streams {@code rows} generated rows into {@code COPY … FROM STDIN} (text format).
	 */
	long copy(String copySql, int rows, IntFunction<String> row) throws SQLException, IOException {
		try (Connection connection = connect()) {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn(copySql, new RowReader(rows, row), 1 << 16);
		}
	}

	static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
		return statement;
	}

	/**
	 * Rows made one at a time as COPY reads them, so a million never sit in memory; a
	 * {@code null} row is skipped.
	 */
	private static final class RowReader extends Reader {

		private final int rows;

		private final IntFunction<String> row;

		private int next;

		private String current = "";

		private int position;

		RowReader(int rows, IntFunction<String> row) {
			this.rows = rows;
			this.row = row;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			while (this.position == this.current.length()) {
				if (this.next == this.rows) {
					return -1;
				}
				String line = this.row.apply(this.next++);
				this.current = line == null ? "" : line + "\n";
				this.position = 0;
			}
			int n = Math.min(length, this.current.length() - this.position);
			this.current.getChars(this.position, this.position + n, buffer, offset);
			this.position += n;
			return n;
		}

		@Override
		public void close() {
		}

	}

}
