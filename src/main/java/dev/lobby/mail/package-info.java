/**
 * Email: an outbox written in the transaction of each change, a dispatcher that renders
 * and sends it over SMTP with retries, the templates, and the embedded mail catcher of
 * the default mode.
 */
@NullMarked
package dev.lobby.mail;

import org.jspecify.annotations.NullMarked;
