package dev.lobby.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Corrects the errors the OpenAPI description derives for an operation where the handler
 * knows better, so the description lists exactly the statuses the operation can answer,
 * each with the sentence of when.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiErrors {

	/**
	 * Statuses the derivation would list that this operation never answers, e.g. 403
	 * where any token may call.
	 */
	String[] never() default {};

	/**
	 * Errors only this operation knows of (e.g. 429 for one that sends invitation
	 * emails), or a sharper sentence for a derived one.
	 */
	Error[] also() default {};

	/** One error status of an operation and when it is answered. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({})
	@interface Error {

		String status();

		String description();

	}

}
