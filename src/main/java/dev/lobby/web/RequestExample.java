package dev.lobby.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example request body for the OpenAPI description, written beside the request: on the
 * request record, or on the handler where the body is a list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequestExample {

	/** The example as JSON. */
	String value();

}
