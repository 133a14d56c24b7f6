package dev.lobby.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	/**
	 * Jakarta Mail (2.1) finds its stream provider anew for every part it encodes or
	 * writes, by a {@code ServiceLoader} scan of the class path unless this property
	 * names the class: a third of the CPU of sending an email from Lobby's jar
	 * (docs/performance.md). Lobby ships Angus Mail, whose provider this is; an
	 * operator's own setting wins.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	@Bean
	MailTemplates mailTemplates(MessageSource messageSource, ObjectProvider<InvitationLinkSigner> signers,
			ObjectProvider<PasswordResetLinkSigner> resetSigners) {
		// Looked up per link: other modules provide the signers, and mail must not need
		// them to start.
		return new MailTemplates(messageSource,
				(accountUserId, generation) -> signers.getObject().url(accountUserId, generation),
				resetId -> resetSigners.getObject().url(resetId));
	}

}
