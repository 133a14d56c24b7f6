package dev.lobby.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code lobby.api} (its request limits are {@link RateLimitProperties}).
 *
 * @param maxBodySize the largest request body the REST API reads; a larger one is refused
 * with 413
 */
@ConfigurationProperties("lobby.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
