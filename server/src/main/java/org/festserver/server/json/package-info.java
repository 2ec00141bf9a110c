/** The JSON mapper of the API: records as objects, ISO dates, English camelCase names. */
package org.festserver.server.json;
