/**
 * User groups and the module catalogue: which product areas a group's members may use.
 */
@NullMarked
package dev.lobby.group;

import org.jspecify.annotations.NullMarked;
