/** Checks of the deployment files (Dockerfile, systemd unit, Kubernetes manifests) against the server. */
package org.festserver.server.deploy;
