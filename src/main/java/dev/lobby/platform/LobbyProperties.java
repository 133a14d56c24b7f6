package dev.lobby.platform;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the address people reach Lobby at; invitation links start with it
 * @param termsUrl the operator's terms of use, linked from the registration's checkbox;
 * none (empty) when the operator publishes none
 * @param privacyUrl the operator's privacy notice, linked beside the terms; none (empty)
 * when the operator publishes none
 */
@ConfigurationProperties("lobby")
public record LobbyProperties(@DefaultValue("http://localhost:8080") URI publicUrl, @Nullable URI termsUrl,
		@Nullable URI privacyUrl) {

	@ConstructorBinding
	public LobbyProperties {
		termsUrl = document("lobby.terms-url", termsUrl);
		privacyUrl = document("lobby.privacy-url", privacyUrl);
	}

	public LobbyProperties(URI publicUrl) {
		this(publicUrl, null, null);
	}

	public String base() {
		String url = publicUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * A page that people open from Lobby's pages: an absolute http(s) address, so that a
	 * setting can never become a {@code javascript:} link; empty is none.
	 */
	private static @Nullable URI document(String setting, @Nullable URI url) {
		if (url == null || url.toString().isBlank()) {
			return null;
		}
		String scheme = url.getScheme();
		if (!url.isAbsolute() || url.getHost() == null
				|| !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException(setting
					+ " must be an absolute http or https address, like https://example.com/terms; it is " + url);
		}
		return url;
	}

}
