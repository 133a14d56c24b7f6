/**
 * HTTP for the membership module: the members REST API, the invitee's link API and the
 * invitation pages. Controllers only translate HTTP; the rules and the checks of who may
 * call live in the module's services.
 */
@NullMarked
package dev.lobby.membership.web;

import org.jspecify.annotations.NullMarked;
