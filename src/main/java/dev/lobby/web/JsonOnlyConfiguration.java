package dev.lobby.web;

import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST API speaks JSON only. Libraries on the class path (e.g. YAML for the OpenAPI
 * tooling, JAXB) would otherwise make Spring read request bodies in their formats too,
 * which the API neither documents nor tests; without those readers any other body type is
 * refused with 415.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration implements WebMvcConfigurer {

	private static final Set<String> FOREIGN_FORMATS = Set.of("yaml", "xml", "cbor", "smile", "x-protobuf", "protobuf");

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.configureMessageConvertersList(list -> list.removeIf(
				converter -> converter.getSupportedMediaTypes().stream().anyMatch(JsonOnlyConfiguration::foreign)));
	}

	static boolean foreign(MediaType type) {
		String subtype = type.getSubtype();
		String suffix = type.getSubtypeSuffix();
		return FOREIGN_FORMATS.contains(subtype) || (suffix != null && FOREIGN_FORMATS.contains(suffix));
	}

}
