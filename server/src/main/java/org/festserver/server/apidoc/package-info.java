/**
 * The OpenAPI 3.1 description of the public API ({@code /api/v1/openapi.json}, a hand-written resource checked by
 * {@code OpenApiContractTest}) and a browsable page ({@code /api/docs}, Swagger UI served from its webjar, no CDN).
 */
package org.festserver.server.apidoc;
