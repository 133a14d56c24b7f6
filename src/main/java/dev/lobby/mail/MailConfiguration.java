package dev.lobby.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	MailTemplates mailTemplates(MessageSource messageSource, ObjectProvider<InvitationLinkSigner> signers) {
		// Looked up per link: the invitation module provides the signer, and mail must not need it to start.
		return new MailTemplates(messageSource, (accountUserId, generation) -> signers.getObject().url(accountUserId, generation));
	}
}
