/**
 * Accounts (tenants): the operator's and its clients', each created with its default
 * Administrators group.
 */
@NullMarked
package dev.lobby.account;

import org.jspecify.annotations.NullMarked;
