package dev.lobby.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the page layout needs of {@code lobby.mail.embedded}, read here because the mail
 * module, which owns the setting, depends on this one (the reverse would be a cycle).
 *
 * @param enabled start an in-process SMTP server and send to it (never in production);
 * the page header then links to its mailbox
 */
@ConfigurationProperties("lobby.mail.embedded")
record MailboxLinkProperties(@DefaultValue("false") boolean enabled) {
}
