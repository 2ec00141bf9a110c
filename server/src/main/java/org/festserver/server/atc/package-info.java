/**
 * The ATC hierarchy from code system 7180 with Norwegian and English names: {@code GET /atc/{code}}
 * gives a code's names, parent and children. Built once per dataset.
 */
package org.festserver.server.atc;
