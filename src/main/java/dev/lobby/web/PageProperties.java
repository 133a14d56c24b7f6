package dev.lobby.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the browser pages.
 *
 * @param sessionIdleTimeout how long a signed-in person may stay idle before their
 * session ends and they must sign in again
 */
@ConfigurationProperties("lobby.pages")
record PageProperties(@DefaultValue("PT30M") Duration sessionIdleTimeout) {
}
