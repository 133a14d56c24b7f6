package dev.lobby.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Corrects the errors the OpenAPI description derives for an operation where the handler
 * knows better, so the description lists only statuses the operation can really answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiErrors {

	/**
	 * Statuses the derivation would list that this operation never answers, e.g. 403
	 * where any token may call.
	 */
	String[] never();

}
