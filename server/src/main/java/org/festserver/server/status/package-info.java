/** Status, health and readiness endpoints. */
package org.festserver.server.status;
