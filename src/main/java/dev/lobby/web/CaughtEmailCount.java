package dev.lobby.web;

/**
 * How many emails the embedded mail catcher holds, for the count on the header's mailbox
 * link; the mail module provides it in the default mode (this module knows no other).
 */
@FunctionalInterface
public interface CaughtEmailCount {

	int caught();

}
