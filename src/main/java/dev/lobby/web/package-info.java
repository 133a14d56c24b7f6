/**
 * The HTTP edge: security (API tokens, pages), problem documents for every refusal, the
 * request filters (correlation ids, size and rate limits, log redaction), the OpenAPI
 * description and the error pages. It knows no module's URLs: modules describe their own
 * endpoints with its annotations.
 */
@NullMarked
package dev.lobby.web;

import org.jspecify.annotations.NullMarked;
