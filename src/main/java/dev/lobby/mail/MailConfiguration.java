package dev.lobby.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

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
