package dev.lobby.web;

import java.util.Optional;

import dev.lobby.platform.Actor;

/**
 * Turns the secret of a bearer token into the actor it stands for; the apitoken module
 * provides it.
 */
public interface ApiCallerResolver {

	Optional<Actor> resolve(String bearerSecret);

}
