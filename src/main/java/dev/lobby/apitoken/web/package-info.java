/**
 * HTTP for the apitoken module: the API tokens REST API. Controllers only translate HTTP;
 * the rules and the checks of who may call live in the module's services.
 */
@NullMarked
package dev.lobby.apitoken.web;

import org.jspecify.annotations.NullMarked;
