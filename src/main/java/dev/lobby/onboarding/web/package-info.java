/**
 * HTTP for the onboarding module: creating a client account over the REST API.
 * Controllers only translate HTTP; the rules and the checks of who may call live in the
 * module's services.
 */
@NullMarked
package dev.lobby.onboarding.web;

import org.jspecify.annotations.NullMarked;
