package dev.lobby.apitoken;

/** A freshly created token with its secret, which is shown this once. */
public record IssuedToken(ApiToken token, String secret) {
}
