package dev.lobby.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list endpoint that reads its whole query string as RQL, so the OpenAPI
 * description can say which parameters it takes (the handler itself declares none).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RqlQueryString {

	/**
	 * A query the list accepts, for its description, e.g.
	 * {@code ilike(name,*buy*)&order=-name&limit=25}.
	 */
	String example();

	/** An {@code order} the list accepts, the example of its {@code order} parameter. */
	String order();

	/**
	 * A {@code select} the list accepts; empty when it has no optional fields (it then
	 * refuses select).
	 */
	String select() default "";

}
