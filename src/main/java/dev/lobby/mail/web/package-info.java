/** Web routes of the mail module: the dev mailbox of the embedded mail catcher. */
@NullMarked
package dev.lobby.mail.web;

import org.jspecify.annotations.NullMarked;
