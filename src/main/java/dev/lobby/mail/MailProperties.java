package dev.lobby.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** TEMPORARY STUB until the mail module lands. */
@ConfigurationProperties("lobby.mail")
public record MailProperties(int accountLimitPerHour) {
}
