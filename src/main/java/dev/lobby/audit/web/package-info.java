/**
 * HTTP for the audit module: the audit trail REST API. Controllers only translate HTTP;
 * the rules and the checks of who may call live in the module's services.
 */
@NullMarked
package dev.lobby.audit.web;

import org.jspecify.annotations.NullMarked;
