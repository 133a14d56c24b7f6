package dev.lobby.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the address people reach Lobby at; invitation links start with it
 */
@ConfigurationProperties("lobby")
public record LobbyProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

	public String base() {
		String url = publicUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
