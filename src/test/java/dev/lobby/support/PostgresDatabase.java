package dev.lobby.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs a suite on PostgreSQL at {@code LOBBY_TEST_PG_URL} (see {@link Postgres}). Every
 * suite so marked gets the same context configuration, so suites with the same base class
 * share one cached application context and one connection pool instead of starting one
 * each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(Postgres.class)
@ContextCustomizerFactories(PostgresDatabase.Factory.class)
public @interface PostgresDatabase {

	/** Customizes the contexts of the suites marked {@link PostgresDatabase}. */
	final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new DatasourceUrl();
		}

	}

	/**
	 * Points the datasource at the PostgreSQL test database. A record, so all instances
	 * are equal and the context cache treats the suites' configurations as one.
	 */
	record DatasourceUrl() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("lobbyTestPostgres", Map.of("spring.datasource.url", Postgres.url())));
		}
	}

}
