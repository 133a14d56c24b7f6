/**
 * HTTP for the group module: the groups and modules REST API. Controllers only translate
 * HTTP; the rules and the checks of who may call live in the module's services.
 */
@NullMarked
package dev.lobby.group.web;

import org.jspecify.annotations.NullMarked;
