/**
 * HTTP for the user module: password reset requests (REST API and pages). Controllers
 * only translate HTTP; the rules and the checks of who may call live in the module's
 * services.
 */
@NullMarked
package dev.lobby.user.web;

import org.jspecify.annotations.NullMarked;
