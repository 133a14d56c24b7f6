/**
 * Shared plumbing every module may use: typed ids, the clock, errors as problem details,
 * the caller of a request and its metadata, value objects with rules of their own.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.lobby.platform;

import org.springframework.modulith.ApplicationModule;
