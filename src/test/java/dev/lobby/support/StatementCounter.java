package dev.lobby.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements and transactions the application sends through its
 * {@link DataSource}, from the threads a filter accepts (e.g. the web server's request
 * threads), so a test can hold a request to the number of round trips it may make. A
 * hand-written {@link Proxy} over the connection and its statements: every
 * {@code execute*} and {@code executeBatch} is one round trip; a transaction is a
 * {@code commit} or {@code rollback}, or a statement run in auto-commit mode.
 */
public final class StatementCounter {

	private final List<String> statements = new ArrayList<>();

	private int transactions;

	private volatile Predicate<Thread> counted = thread -> false;

	/** Starts counting afresh, only on threads the filter accepts. */
	public synchronized void start(Predicate<Thread> threads) {
		statements.clear();
		transactions = 0;
		counted = threads;
	}

	public synchronized void stop() {
		counted = thread -> false;
	}

	/** The statements sent since {@link #start}, each as its SQL text. */
	public synchronized List<String> statements() {
		return List.copyOf(statements);
	}

	public synchronized int transactions() {
		return transactions;
	}

	private boolean counting() {
		return counted.test(Thread.currentThread());
	}

	private synchronized void statement(String sql, boolean autoCommit) {
		statements.add(sql);
		if (autoCommit) {
			transactions++;
		}
	}

	private synchronized void transaction() {
		transactions++;
	}

	DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, result, args) -> {
			if (result instanceof Connection connection) {
				return connection(connection);
			}
			return result;
		});
	}

	private Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (method, result, args) -> {
			String name = method.getName();
			if ((name.equals("commit") || name.equals("rollback")) && counting()) {
				transaction();
			}
			if (result instanceof PreparedStatement prepared && name.startsWith("prepare")) {
				return statement(PreparedStatement.class, prepared, connection, (String) args[0]);
			}
			if (result instanceof Statement statement && name.equals("createStatement")) {
				return statement(Statement.class, statement, connection, null);
			}
			return result;
		});
	}

	private <S extends Statement> S statement(Class<S> type, S statement, Connection connection,
			@Nullable String prepared) {
		return proxy(type, statement, (method, result, args) -> result, (method, args) -> {
			String name = method.getName();
			if (name.startsWith("execute") && counting()) {
				String sql = (prepared != null) ? prepared
						: (args != null && args.length > 0 && args[0] instanceof String text) ? text : "(batch)";
				statement((name.equals("executeBatch") ? "[batch] " : "") + sql, connection.getAutoCommit());
			}
		});
	}

	private interface After {

		@Nullable Object apply(Method method, @Nullable Object result, @Nullable Object[] args) throws Exception;

	}

	private interface Before {

		void accept(Method method, @Nullable Object[] args) throws Exception;

	}

	private static <T> T proxy(Class<T> type, T target, After after) {
		return proxy(type, target, after, (method, args) -> {
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after, Before before) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(proxy)) {
				return proxy;
			}
			before.accept(method, args);
			try {
				return after.apply(method, method.invoke(target, args), args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** Wraps the application's data source in a counter, itself a bean. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor statementCountingDataSource(ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? counter.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
