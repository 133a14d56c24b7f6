package dev.lobby.mail;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code lobby.mail.embedded.enabled=true}, mail goes to the embedded catcher; Boot's own
 * {@code spring.mail.*} sender backs off because a {@code JavaMailSender} exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("lobby.mail.embedded.enabled")
class EmbeddedMailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	EmbeddedMailServer embeddedMailServer(MailProperties properties) {
		return new EmbeddedMailServer(properties.embedded().port());
	}

	@Bean
	JavaMailSenderImpl embeddedMailSender(EmbeddedMailServer server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		// the actual port, so that port 0 works
		sender.setPort(server.port());
		sender.setDefaultEncoding("UTF-8");
		Properties timeouts = new Properties();
		timeouts.put("mail.smtp.connectiontimeout", "5000");
		timeouts.put("mail.smtp.timeout", "10000");
		timeouts.put("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(timeouts);
		return sender;
	}
}
