package dev.lobby.mail;

import java.util.Map;
import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import dev.lobby.web.CaughtEmailCount;

/**
 * With {@code lobby.mail.embedded.enabled=true}, mail goes to the embedded catcher;
 * Boot's own {@code spring.mail.*} sender backs off because a {@code JavaMailSender}
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("lobby.mail.embedded.enabled")
class EmbeddedMailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	EmbeddedMailServer embeddedMailServer(MailProperties properties) {
		return new EmbeddedMailServer(properties.embedded().port());
	}

	/** The count on the header's mailbox link. */
	@Bean
	CaughtEmailCount caughtEmailCount(EmbeddedMailServer server) {
		return server::count;
	}

	@Bean
	JavaMailSenderImpl embeddedMailSender(EmbeddedMailServer server, Environment environment) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		// the actual port, so that port 0 works
		sender.setPort(server.port());
		sender.setDefaultEncoding("UTF-8");
		// The same timeouts as the real relay gets (spring.mail.properties), so the
		// default mode behaves alike.
		Properties properties = new Properties();
		properties.putAll(Binder.get(environment)
			.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
